namespace NewsLens.Topics;

/// <summary>
/// The topic-word counts n(w,t) and topic totals n(t) of a Gibbs sampler, with, per word, the list of
/// topics whose count is non-zero (the sparse structure that SparseLDA's "q" bucket walks; Yao, Mimno &amp;
/// McCallum, KDD 2009). One instance is global; under AD-LDA each thread samples against its own copy.
/// </summary>
internal sealed class TopicWordCounts
{
    public readonly int K;
    public readonly int V;
    /// <summary>n(w,t) at [w*K + t].</summary>
    public readonly int[] WordTopic;
    /// <summary>n(t).</summary>
    public readonly int[] TopicTotal;
    /// <summary>Per word, topics with non-zero count at [w*K .. w*K + NonZeroCount[w]).</summary>
    public readonly int[] NonZeroTopics;
    public readonly int[] NonZeroCount;
    /// <summary>Position of topic t in word w's non-zero list, at [w*K + t].</summary>
    private readonly int[] _position;

    public TopicWordCounts(int k, int v)
    {
        K = k;
        V = v;
        WordTopic = new int[k * v];
        TopicTotal = new int[k];
        NonZeroTopics = new int[k * v];
        NonZeroCount = new int[v];
        _position = new int[k * v];
    }

    public void Increment(int w, int t)
    {
        int i = w * K + t;
        if (WordTopic[i]++ == 0)
        {
            int slot = NonZeroCount[w]++;
            NonZeroTopics[w * K + slot] = t;
            _position[i] = slot;
        }
        TopicTotal[t]++;
    }

    public void Decrement(int w, int t)
    {
        int i = w * K + t;
        if (--WordTopic[i] == 0)
        {
            int last = --NonZeroCount[w];
            int slot = _position[i];
            int moved = NonZeroTopics[w * K + last];
            NonZeroTopics[w * K + slot] = moved;
            _position[w * K + moved] = slot;
        }
        TopicTotal[t]--;
    }

    /// <summary>Makes this a copy of <paramref name="source"/> (counts and sparse lists).</summary>
    public void CopyFrom(TopicWordCounts source)
    {
        Array.Copy(source.WordTopic, WordTopic, WordTopic.Length);
        Array.Copy(source.TopicTotal, TopicTotal, TopicTotal.Length);
        Array.Copy(source.NonZeroTopics, NonZeroTopics, NonZeroTopics.Length);
        Array.Copy(source.NonZeroCount, NonZeroCount, NonZeroCount.Length);
        Array.Copy(source._position, _position, _position.Length);
    }

    /// <summary>
    /// AD-LDA merge (Newman et al. 2009): global ← global + Σ_p (local_p − global), computed in place (each entry is
    /// read once before it is written, so no snapshot is needed) over word ranges in parallel, rebuilding the sparse
    /// lists in topic order and writing the merged counts back into every local, so that the next sweep starts from
    /// the global state without a separate copy. Integer sums: the result is exact and independent of the number of
    /// ranges.
    /// </summary>
    public void MergeAndBroadcast(TopicWordCounts[] locals, int parallelism)
    {
        int ranges = Math.Max(1, Math.Min(parallelism, V));
        var totals = new int[ranges][];
        Parallel.For(0, ranges, new ParallelOptions { MaxDegreeOfParallelism = ranges }, r =>
        {
            int wStart = (int)((long)V * r / ranges), wEnd = (int)((long)V * (r + 1) / ranges);
            var total = totals[r] = new int[K];
            for (int w = wStart; w < wEnd; w++)
            {
                int n = 0, off = w * K;
                for (int t = 0; t < K; t++)
                {
                    int i = off + t;
                    int g = WordTopic[i];
                    int c = g;
                    foreach (var local in locals) c += local.WordTopic[i] - g;
                    WordTopic[i] = c;
                    total[t] += c;
                    if (c != 0)
                    {
                        NonZeroTopics[off + n] = t;
                        _position[i] = n;
                        n++;
                    }
                }
                NonZeroCount[w] = n;
            }
            int from = wStart * K, length = (wEnd - wStart) * K;
            foreach (var local in locals)
            {
                Array.Copy(WordTopic, from, local.WordTopic, from, length);
                Array.Copy(NonZeroTopics, from, local.NonZeroTopics, from, length);
                Array.Copy(_position, from, local._position, from, length);
                Array.Copy(NonZeroCount, wStart, local.NonZeroCount, wStart, wEnd - wStart);
            }
        });
        Array.Clear(TopicTotal);
        foreach (var total in totals)
            for (int t = 0; t < K; t++) TopicTotal[t] += total[t];
        foreach (var local in locals) Array.Copy(TopicTotal, local.TopicTotal, K);
    }
}
