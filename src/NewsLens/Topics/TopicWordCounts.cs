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
    /// AD-LDA merge (Newman et al. 2009): global ← global + Σ_p (local_p − global), with the locals taken
    /// in thread order; integer sums, so the result is exact. Rebuilds the sparse lists in topic order.
    /// </summary>
    public void MergeFrom(IReadOnlyList<TopicWordCounts> locals)
    {
        var snapshot = (int[])WordTopic.Clone();
        for (int i = 0; i < WordTopic.Length; i++)
        {
            int sum = snapshot[i];
            foreach (var local in locals) sum += local.WordTopic[i] - snapshot[i];
            WordTopic[i] = sum;
        }
        Array.Clear(TopicTotal);
        for (int w = 0; w < V; w++)
        {
            int n = 0;
            for (int t = 0; t < K; t++)
            {
                int c = WordTopic[w * K + t];
                TopicTotal[t] += c;
                if (c != 0)
                {
                    NonZeroTopics[w * K + n] = t;
                    _position[w * K + t] = n;
                    n++;
                }
            }
            NonZeroCount[w] = n;
        }
    }
}
