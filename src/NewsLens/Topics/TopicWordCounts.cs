namespace NewsLens.Topics;

/// <summary>
/// The topic-word counts n(w,t) and topic totals n(t) of a Gibbs sampler, with, per word, the list of
/// topics whose count is non-zero (the sparse structure that SparseLDA's "q" bucket walks; Yao, Mimno &amp;
/// McCallum, KDD 2009). With several threads each thread owns a range of words at a time and keeps its own copy of n(t).
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
        IncrementWord(w, t);
        TopicTotal[t]++;
    }

    public void Decrement(int w, int t)
    {
        DecrementWord(w, t);
        TopicTotal[t]--;
    }

    /// <summary>n(w,t) + 1 without touching n(t) (the caller keeps the totals; see <see cref="LdaGibbsSampler"/>).</summary>
    public void IncrementWord(int w, int t)
    {
        int i = w * K + t;
        if (WordTopic[i]++ == 0)
        {
            int slot = NonZeroCount[w]++;
            NonZeroTopics[w * K + slot] = t;
            _position[i] = slot;
        }
    }

    /// <summary>n(w,t) − 1 without touching n(t).</summary>
    public void DecrementWord(int w, int t)
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
    }
}
