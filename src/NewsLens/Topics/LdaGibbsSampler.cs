namespace NewsLens.Topics;

/// <summary>
/// Collapsed Gibbs sampling for LDA (Griffiths &amp; Steyvers, PNAS 2004) with the SparseLDA decomposition
/// of the conditional (Yao, Mimno &amp; McCallum, KDD 2009):
/// p(z = t | ·) ∝ (α_t + n(t,d)) (β + n(w,t)) / (Vβ + n(t)) = s_t + r_t + q_t with
/// s_t = α_t β / (Vβ + n(t)) (smoothing, all topics), r_t = n(t,d) β / (Vβ + n(t)) (topics of the document)
/// and q_t = (α_t + n(t,d)) n(w,t) / (Vβ + n(t)) (topics of the word). The masses s and r are kept up to
/// date incrementally, q is computed over the word's non-zero topics only. Written from the papers.
/// <para>
/// With T &gt; 1 threads the corpus is cut into G = 2T document ranges and G word ranges (contiguous, with about
/// equal token counts), which makes a G x G grid of blocks; a sweep runs in G rounds, and round e samples the G
/// blocks (g, (g + e) mod G), each on whichever thread is free. The blocks of one round share no document and no
/// word, so they update disjoint rows of n(t,d) and n(w,t) in place, without copies of the counts or a merge (the
/// partition of Yan, Xu &amp; Qi, "Parallel inference for latent Dirichlet allocation on graphics processing units",
/// NIPS 2009; also Newman et al., JMLR 2009, section 6). Only the topic totals n(t) are shared: each block keeps
/// its own copy during a round and the changes are summed after it (they lag by at most a round's moves). Each
/// block draws from its own generator (seed, block, sweep, round), so the result does not depend on which
/// thread ran which block.
/// </para>
/// </summary>
internal sealed partial class LdaGibbsSampler
{
    private readonly TopicCorpus _corpus;
    private readonly LdaOptions _options;
    private readonly int _k;
    private readonly int _v;
    private readonly double _beta;
    private readonly double _betaSum;
    private readonly int[][] _z;
    private readonly int[] _docTopic; // n(t,d) at [d*K + t]
    private readonly TopicWordCounts _global;
    private const int BlocksPerThread = 2;
    private readonly (int Start, int End)[] _partitions;
    private readonly int[] _wordRangeStart;   // P + 1 word ids: word range q is [start[q], start[q+1])
    private readonly int[][] _blockOrder = []; // per document, token indices grouped by word range
    private readonly int[][] _blockStart = []; // per document, P + 1 offsets into _blockOrder[d]

    public double[] Alpha { get; }

    public LdaGibbsSampler(TopicCorpus corpus, LdaOptions options)
    {
        _corpus = corpus;
        _options = options;
        _k = options.TopicCount;
        _v = corpus.VocabularySize;
        _beta = options.Eta;
        _betaSum = options.Eta * _v;
        Alpha = Enumerable.Repeat(options.Alpha, _k).ToArray();
        _docTopic = new int[corpus.DocumentCount * _k];
        _global = new TopicWordCounts(_k, _v);
        _z = new int[corpus.DocumentCount][];
        var init = new SeededRandom(options.Seed, -1, 0);
        for (int d = 0; d < corpus.DocumentCount; d++)
        {
            var tokens = corpus.RawTokens(d);
            var z = _z[d] = new int[tokens.Length];
            for (int i = 0; i < tokens.Length; i++)
            {
                int t = init.NextInt(_k);
                z[i] = t;
                _docTopic[d * _k + t]++;
                _global.Increment(tokens[i], t);
            }
        }
        // Several threads: BlocksPerThread ranges per thread, so that a round holds more blocks than threads
        // and a thread that finishes a block early takes another (the blocks' costs differ even at equal token counts).
        _partitions = Partition(corpus, options.Threads == 1 ? 1 : BlocksPerThread * options.Threads);
        _wordRangeStart = WordRanges(corpus, _partitions.Length);
        if (_partitions.Length > 1)
            (_blockOrder, _blockStart) = GroupTokensByWordRange(corpus, _wordRangeStart);
    }

    public TopicWordCounts Counts => _global;
    /// <summary>The topic of every token, per document (for tests and diagnostics).</summary>
    public int[][] Assignments => _z;
    public int[] DocTopic => _docTopic;

    /// <summary>
    /// n(w,t) at [w*K + t] for the estimate of φ: the final sample, or with <see cref="LdaOptions.AveragedSweeps"/>
    /// &gt; 0 the mean over the last sweeps (Nguyen, Hu &amp; Boyd-Graber, EMNLP 2014).
    /// </summary>
    public double[] WordTopicEstimate { get; private set; } = [];

    /// <summary>n(t) consistent with <see cref="WordTopicEstimate"/> (its sums over words).</summary>
    public double[] TopicTotalEstimate { get; private set; } = [];

    /// <summary>n(t,d) at [d*K + t] for the estimate of θ: final sample or mean over the last sweeps.</summary>
    public double[] DocTopicEstimate { get; private set; } = [];

    /// <summary>Runs all sweeps, with α optimisation where configured.</summary>
    public void Run(CancellationToken cancellationToken)
    {
        int averaged = _options.AveragedSweeps;
        long[]? wordTopicSum = averaged > 0 ? new long[_global.WordTopic.Length] : null;
        long[]? docTopicSum = averaged > 0 ? new long[_docTopic.Length] : null;
        void AfterSweep(int iter)
        {
            if (_options.OptimizeAlpha && iter > _options.BurnIn && (iter - _options.BurnIn) % _options.OptimizeInterval == 0)
                AlphaOptimizer.Update(Alpha, _docTopic, _k, _z.Select(z => z.Length).ToArray());
            if (wordTopicSum is not null && docTopicSum is not null && iter > _options.Iterations - averaged)
            {
                Accumulate(wordTopicSum, _global.WordTopic);
                Accumulate(docTopicSum, _docTopic);
            }
        }
        if (_partitions.Length == 1)
        {
            for (int iter = 1; iter <= _options.Iterations; iter++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Sample(_global.TopicTotal, _partitions[0], -1, new SeededRandom(_options.Seed, 0, iter));
                AfterSweep(iter);
            }
        }
        else
        {
            RunInBlocks(AfterSweep, cancellationToken);
        }
        if (wordTopicSum is null || docTopicSum is null)
        {
            WordTopicEstimate = Array.ConvertAll(_global.WordTopic, n => (double)n);
            DocTopicEstimate = Array.ConvertAll(_docTopic, n => (double)n);
        }
        else
        {
            WordTopicEstimate = Array.ConvertAll(wordTopicSum, n => (double)n / averaged);
            DocTopicEstimate = Array.ConvertAll(docTopicSum, n => (double)n / averaged);
        }
        var totals = new double[_k];
        for (int i = 0; i < WordTopicEstimate.Length; i++) totals[i % _k] += WordTopicEstimate[i];
        TopicTotalEstimate = totals;
    }

    private static void Accumulate(long[] sum, int[] counts)
    {
        for (int i = 0; i < sum.Length; i++) sum[i] += counts[i];
    }

    /// <summary>
    /// Samples the tokens of documents <paramref name="range"/> (only those whose word is in word range
    /// <paramref name="wordRange"/>, or all of them when it is −1), keeping n(t) in <paramref name="totals"/>.
    /// </summary>
    private void Sample(int[] totals, (int Start, int End) range, int wordRange, SeededRandom rng)
    {
        var c = _global;
        int k = _k;
        var alpha = Alpha;
        var denom = new double[k];   // 1 / (Vβ + n(t))
        var coef = new double[k];    // (α_t + n(t,d)) / (Vβ + n(t))
        var qMass = new double[k];
        var docList = new int[k];
        var docPos = new int[k];
        double s = 0;
        for (int t = 0; t < k; t++)
        {
            denom[t] = 1.0 / (_betaSum + totals[t]);
            s += alpha[t] * _beta * denom[t];
            coef[t] = alpha[t] * denom[t];
        }

        for (int d = range.Start; d < range.End; d++)
        {
            var tokens = _corpus.RawTokens(d);
            int from = 0, to = tokens.Length;
            int[]? order = null;
            if (wordRange >= 0)
            {
                order = _blockOrder[d];
                from = _blockStart[d][wordRange];
                to = _blockStart[d][wordRange + 1];
            }
            if (from == to) continue;
            var z = _z[d];
            int off = d * k;
            int docLen = 0;
            double r = 0;
            for (int t = 0; t < k; t++)
            {
                int n = _docTopic[off + t];
                if (n == 0) continue;
                docPos[t] = docLen;
                docList[docLen++] = t;
                r += n * _beta * denom[t];
                coef[t] = (alpha[t] + n) * denom[t];
            }

            for (int next = from; next < to; next++)
            {
                int i = order is null ? next : order[next];
                int w = tokens[i];
                int old = z[i];

                // Remove the token's current assignment and refresh the cached terms of that topic.
                s -= alpha[old] * _beta * denom[old];
                r -= _docTopic[off + old] * _beta * denom[old];
                if (--_docTopic[off + old] == 0)
                {
                    int last = docList[--docLen];
                    docList[docPos[old]] = last;
                    docPos[last] = docPos[old];
                }
                c.DecrementWord(w, old);
                totals[old]--;
                denom[old] = 1.0 / (_betaSum + totals[old]);
                s += alpha[old] * _beta * denom[old];
                r += _docTopic[off + old] * _beta * denom[old];
                coef[old] = (alpha[old] + _docTopic[off + old]) * denom[old];

                // q bucket over the word's non-zero topics.
                int wOff = w * k;
                int nz = c.NonZeroCount[w];
                double q = 0;
                for (int j = 0; j < nz; j++)
                {
                    int t = c.NonZeroTopics[wOff + j];
                    double m = coef[t] * c.WordTopic[wOff + t];
                    qMass[j] = m;
                    q += m;
                }

                double u = rng.NextDouble() * (s + r + q);
                int chosen = -1;
                if (u < q)
                {
                    for (int j = 0; j < nz; j++)
                    {
                        u -= qMass[j];
                        if (u <= 0) { chosen = c.NonZeroTopics[wOff + j]; break; }
                    }
                    if (chosen < 0) chosen = c.NonZeroTopics[wOff + nz - 1];
                }
                else
                {
                    u -= q;
                    if (u < r && docLen > 0)
                    {
                        for (int j = 0; j < docLen; j++)
                        {
                            int t = docList[j];
                            u -= _docTopic[off + t] * _beta * denom[t];
                            if (u <= 0) { chosen = t; break; }
                        }
                        if (chosen < 0) chosen = docList[docLen - 1];
                    }
                    else
                    {
                        u -= r;
                        for (int t = 0; t < k; t++)
                        {
                            u -= alpha[t] * _beta * denom[t];
                            if (u <= 0) { chosen = t; break; }
                        }
                        if (chosen < 0) chosen = k - 1;
                    }
                }

                // Add the new assignment.
                z[i] = chosen;
                s -= alpha[chosen] * _beta * denom[chosen];
                r -= _docTopic[off + chosen] * _beta * denom[chosen];
                if (_docTopic[off + chosen]++ == 0)
                {
                    docPos[chosen] = docLen;
                    docList[docLen++] = chosen;
                }
                c.IncrementWord(w, chosen);
                totals[chosen]++;
                denom[chosen] = 1.0 / (_betaSum + totals[chosen]);
                s += alpha[chosen] * _beta * denom[chosen];
                r += _docTopic[off + chosen] * _beta * denom[chosen];
                coef[chosen] = (alpha[chosen] + _docTopic[off + chosen]) * denom[chosen];
            }

            // Reset the coefficients of this document's topics to their document-free value.
            for (int j = 0; j < docLen; j++)
            {
                int t = docList[j];
                coef[t] = alpha[t] * denom[t];
            }
        }
    }
}
