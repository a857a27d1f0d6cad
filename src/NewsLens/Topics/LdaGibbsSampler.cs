namespace NewsLens.Topics;

/// <summary>
/// Collapsed Gibbs sampling for LDA (Griffiths &amp; Steyvers, PNAS 2004) with the SparseLDA decomposition
/// of the conditional (Yao, Mimno &amp; McCallum, KDD 2009):
/// p(z = t | ·) ∝ (α_t + n(t,d)) (β + n(w,t)) / (Vβ + n(t)) = s_t + r_t + q_t with
/// s_t = α_t β / (Vβ + n(t)) (smoothing, all topics), r_t = n(t,d) β / (Vβ + n(t)) (topics of the document)
/// and q_t = (α_t + n(t,d)) n(w,t) / (Vβ + n(t)) (topics of the word). The masses s and r are kept up to
/// date incrementally, q is computed over the word's non-zero topics only. Threads &gt; 1 use AD-LDA
/// (Newman, Asuncion, Smyth &amp; Welling, JMLR 2009). Written from the papers.
/// </summary>
internal sealed class LdaGibbsSampler
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
    private readonly (int Start, int End)[] _partitions;
    private readonly TopicWordCounts[] _locals;

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
        _partitions = Partition(corpus, options.Threads);
        _locals = options.Threads == 1
            ? [_global]
            : Enumerable.Range(0, _partitions.Length).Select(_ => new TopicWordCounts(_k, _v)).ToArray();
        if (_partitions.Length > 1)
            foreach (var local in _locals) local.CopyFrom(_global);
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
        for (int iter = 1; iter <= _options.Iterations; iter++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Sweep(iter);
            if (_options.OptimizeAlpha && iter > _options.BurnIn && (iter - _options.BurnIn) % _options.OptimizeInterval == 0)
                AlphaOptimizer.Update(Alpha, _docTopic, _k, _z.Select(z => z.Length).ToArray());
            if (wordTopicSum is not null && docTopicSum is not null && iter > _options.Iterations - averaged)
            {
                Accumulate(wordTopicSum, _global.WordTopic);
                Accumulate(docTopicSum, _docTopic);
            }
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

    private void Sweep(int iteration)
    {
        if (_partitions.Length == 1)
        {
            SamplePartition(_global, 0, _partitions[0], new SeededRandom(_options.Seed, 0, iteration));
            return;
        }
        // The locals hold the global counts here (copied at construction, written back by every merge).
        Parallel.For(0, _partitions.Length, new ParallelOptions { MaxDegreeOfParallelism = _partitions.Length }, p =>
            SamplePartition(_locals[p], p, _partitions[p], new SeededRandom(_options.Seed, p, iteration)));
        _global.MergeAndBroadcast(_locals, _partitions.Length);
    }

    private void SamplePartition(TopicWordCounts c, int partition, (int Start, int End) range, SeededRandom rng)
    {
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
            denom[t] = 1.0 / (_betaSum + c.TopicTotal[t]);
            s += alpha[t] * _beta * denom[t];
            coef[t] = alpha[t] * denom[t];
        }

        for (int d = range.Start; d < range.End; d++)
        {
            var tokens = _corpus.RawTokens(d);
            if (tokens.Length == 0) continue;
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

            for (int i = 0; i < tokens.Length; i++)
            {
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
                c.Decrement(w, old);
                denom[old] = 1.0 / (_betaSum + c.TopicTotal[old]);
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
                c.Increment(w, chosen);
                denom[chosen] = 1.0 / (_betaSum + c.TopicTotal[chosen]);
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

    /// <summary>Contiguous document ranges with about equal token counts, one per thread (fixed for the run).</summary>
    private static (int Start, int End)[] Partition(TopicCorpus corpus, int threads)
    {
        int parts = Math.Max(1, Math.Min(threads, corpus.DocumentCount));
        var result = new (int, int)[parts];
        long total = corpus.TokenCount;
        int start = 0;
        long cumulative = 0;
        int d = 0;
        for (int p = 0; p < parts; p++)
        {
            long target = total * (p + 1) / parts;
            int minEnd = start + 1;
            int maxEnd = corpus.DocumentCount - (parts - p - 1);
            while (d < maxEnd && (d < minEnd || cumulative < target))
            {
                cumulative += corpus.RawTokens(d).Length;
                d++;
            }
            if (p == parts - 1) d = corpus.DocumentCount;
            result[p] = (start, d);
            start = d;
        }
        return result;
    }
}
