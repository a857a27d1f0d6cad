using NewsLens.Corpora;

namespace NewsLens.Topics;

/// <summary>One term of a topic: its probability in the topic and its relevance.</summary>
/// <param name="Term">The term.</param>
/// <param name="Probability">φ(t,w): the term's probability within the topic.</param>
/// <param name="Relevance">
/// Relevance (Sievert &amp; Shirley, LDAvis 2014): λ·ln φ(t,w) + (1 − λ)·ln(φ(t,w) / p(w)), p(w) the
/// term's share of all corpus tokens.
/// </param>
public sealed record TopicTerm(string Term, double Probability, double Relevance);

/// <summary>A topic's summary: its overall share and its top terms ranked two ways.</summary>
/// <param name="Topic">Topic index, 0 to K − 1.</param>
/// <param name="Share">The topic's share of all tokens (LDA) or of all document weight (NMF); shares sum to 1.</param>
/// <param name="ByProbability">Top terms by φ(t,w), highest first.</param>
/// <param name="ByRelevance">Top terms by relevance with the λ used, highest first.</param>
/// <param name="Lambda">The λ used for <paramref name="ByRelevance"/>.</param>
public sealed record TopicSummary(int Topic, double Share, IReadOnlyList<TopicTerm> ByProbability, IReadOnlyList<TopicTerm> ByRelevance, double Lambda)
{
    /// <summary>The top terms by probability, as plain words (e.g. for coherence).</summary>
    public IReadOnlyList<string> TopWords => ByProbability.Select(t => t.Term).ToArray();
}

/// <summary>A document's topic mixture, with its metadata.</summary>
/// <param name="Info">The document's metadata.</param>
/// <param name="Weights">θ(d,t) per topic; sums to 1 (all zero for an NMF document without weight).</param>
public sealed record DocumentTopics(DocumentInfo Info, IReadOnlyList<double> Weights)
{
    /// <summary>The topic with the largest weight (lowest index on ties).</summary>
    public int DominantTopic
    {
        get
        {
            int best = 0;
            for (int t = 1; t < Weights.Count; t++)
                if (Weights[t] > Weights[best]) best = t;
            return best;
        }
    }
}

/// <summary>What LDA and NMF results have in common.</summary>
public interface ITopicModel
{
    /// <summary>The vocabulary; column w of <see cref="TopicWordDistribution"/> is term w.</summary>
    IReadOnlyList<string> Vocabulary { get; }

    /// <summary>Number of topics K.</summary>
    int TopicCount { get; }

    /// <summary>φ as double[K][V]: each topic's distribution over the vocabulary (rows sum to 1). A fresh copy.</summary>
    double[][] TopicWordDistribution { get; }

    /// <summary>θ per training document, in corpus order, with its metadata.</summary>
    IReadOnlyList<DocumentTopics> DocumentTopics { get; }

    /// <summary>Each topic with its top 10 terms by probability and by relevance (λ = 0.6).</summary>
    IReadOnlyList<TopicSummary> Topics { get; }

    /// <summary>Each topic with its top <paramref name="topN"/> terms by probability and by relevance with λ = <paramref name="lambda"/> (0..1).</summary>
    IReadOnlyList<TopicSummary> GetTopics(int topN = 10, double lambda = 0.6);
}
