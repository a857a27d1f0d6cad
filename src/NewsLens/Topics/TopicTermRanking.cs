namespace NewsLens.Topics;

/// <summary>Ranks a topic's terms by probability and by relevance (Sievert &amp; Shirley 2014).</summary>
internal static class TopicTermRanking
{
    public static IReadOnlyList<TopicSummary> Summarise(double[][] phi, IReadOnlyList<string> vocabulary, double[] termShare, double[] topicShare, int topN, double lambda)
    {
        if (topN < 1)
            throw new ArgumentOutOfRangeException(nameof(topN), topN, "topN must be at least 1.");
        if (!(lambda >= 0 && lambda <= 1))
            throw new ArgumentOutOfRangeException(nameof(lambda), lambda, "lambda must be between 0 and 1 (1 = rank by probability only).");
        var result = new TopicSummary[phi.Length];
        for (int t = 0; t < phi.Length; t++)
        {
            var row = phi[t];
            var terms = new TopicTerm[row.Length];
            for (int w = 0; w < row.Length; w++)
            {
                double relevance = termShare[w] > 0 && row[w] > 0
                    ? lambda * Math.Log(row[w]) + (1 - lambda) * Math.Log(row[w] / termShare[w])
                    : double.NegativeInfinity;
                terms[w] = new TopicTerm(vocabulary[w], row[w], relevance);
            }
            var byProbability = Top(terms, topN, x => x.Probability);
            var byRelevance = Top(terms, topN, x => x.Relevance);
            result[t] = new TopicSummary(t, topicShare[t], byProbability, byRelevance, lambda);
        }
        return result;
    }

    /// <summary>The n highest by key; ties by term, ordinal, so the ranking is deterministic.</summary>
    private static TopicTerm[] Top(TopicTerm[] terms, int n, Func<TopicTerm, double> key) =>
        terms.Where(x => !double.IsNegativeInfinity(key(x)))
            .OrderByDescending(key).ThenBy(x => x.Term, StringComparer.Ordinal)
            .Take(n).ToArray();
}
