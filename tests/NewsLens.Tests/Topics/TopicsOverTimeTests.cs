using NewsLens.Corpora;
using NewsLens.Topics;

namespace NewsLens.Tests.Topics;

public class TopicsOverTimeTests
{
    /// <summary>A topic model with given φ and θ, to work the binning by hand.</summary>
    private sealed class FixedModel(string[] vocabulary, double[][] phi, IReadOnlyList<DocumentTopics> docs) : ITopicModel
    {
        public IReadOnlyList<string> Vocabulary => vocabulary;
        public int TopicCount => phi.Length;
        public double[][] TopicWordDistribution => phi.Select(r => (double[])r.Clone()).ToArray();
        public IReadOnlyList<DocumentTopics> DocumentTopics => docs;
        public IReadOnlyList<TopicSummary> Topics => GetTopics();
        public IReadOnlyList<TopicSummary> GetTopics(int topN = 10, double lambda = 0.6) => throw new NotSupportedException();
    }

    private static DocumentInfo Doc(string id, DateTime? date) => new(id, null, date, null, null, new Dictionary<string, object?>());

    [Fact]
    public void Monthly_shares_word_distributions_and_divergences_worked_by_hand()
    {
        // Vocabulary [x, y]; φ0 = (0.8, 0.2), φ1 = (0.2, 0.8).
        // d1 (5 Jan) θ = (1, 0), tokens x x y → topic 0 gets x:2, y:1.
        // d2 (20 Jan) θ = (½, ½), token y → responsibilities (0.1, 0.4)/0.5 = (0.2, 0.8): topic 0 y:0.2, topic 1 y:0.8.
        // d3 (3 Feb) θ = (0.2, 0.8), tokens x y → x: (0.16, 0.16)/0.32 = (½, ½); y: (0.04, 0.64)/0.68 = (1/17, 16/17).
        // d4 undated.
        var infos = new[] { Doc("d1", new DateTime(2020, 1, 5)), Doc("d2", new DateTime(2020, 1, 20)), Doc("d3", new DateTime(2020, 2, 3)), Doc("d4", null) };
        var corpus = new TopicCorpus(["x", "y"], [[0, 0, 1], [1], [0, 1], [0]], infos);
        var thetas = new double[][] { [1, 0], [0.5, 0.5], [0.2, 0.8], [0.3, 0.7] };
        var model = new FixedModel(["x", "y"], [[0.8, 0.2], [0.2, 0.8]], infos.Select((info, d) => new DocumentTopics(info, thetas[d])).ToArray());

        var result = TopicsOverTime.Compute(model, corpus, TimeBin.Month, topN: 2);

        Assert.Equal(1, result.UndatedDocuments);
        Assert.Equal(["d4"], result.UndatedDocumentIds);
        Assert.Equal(["2020-01", "2020-02"], result.Bins.Select(b => b.Label));
        Assert.Equal([new DateTime(2020, 1, 1), new DateTime(2020, 2, 1)], result.Bins.Select(b => b.Start));
        Assert.Equal([2, 1], result.Bins.Select(b => b.Documents));

        var jan = result.Bins[0];
        Assert.Equal(0.75, jan.Shares[0], 12);
        Assert.Equal(0.25, jan.Shares[1], 12);
        Assert.Null(jan.ShareDivergence);
        // January, topic 0: x 2, y 1.2 → (0.625, 0.375); topic 1: y only.
        Assert.Equal(0.625, jan.Topics[0].ByProbability.Single(t => t.Term == "x").Probability, 12);
        Assert.Equal(1.0, jan.Topics[1].ByProbability.Single(t => t.Term == "y").Probability, 12);

        var feb = result.Bins[1];
        Assert.Equal(0.2, feb.Shares[0], 12);
        // Shares (0.75, 0.25) → (0.2, 0.8): m = (0.475, 0.525).
        double shareJs = 0.5 * (0.75 * Math.Log2(0.75 / 0.475) + 0.25 * Math.Log2(0.25 / 0.525))
                       + 0.5 * (0.2 * Math.Log2(0.2 / 0.475) + 0.8 * Math.Log2(0.8 / 0.525));
        Assert.Equal(shareJs, feb.ShareDivergence!.Value, 12);
        // February, topic 0: x ½, y 1/17 → x share (1/2)/(1/2 + 1/17) = 17/19.
        double febX0 = 17.0 / 19;
        Assert.Equal(febX0, feb.Topics[0].ByProbability.Single(t => t.Term == "x").Probability, 12);
        double m0 = 0.5 * (0.625 + febX0), m1 = 0.5 * (0.375 + (1 - febX0));
        double topic0Js = 0.5 * (0.625 * Math.Log2(0.625 / m0) + 0.375 * Math.Log2(0.375 / m1))
                        + 0.5 * (febX0 * Math.Log2(febX0 / m0) + (1 - febX0) * Math.Log2((1 - febX0) / m1));
        Assert.Equal(topic0Js, feb.TopicDivergence![0], 12);
    }

    [Fact]
    public void Weekly_bins_of_an_lda_model_cover_every_dated_document()
    {
        var corpus = SyntheticCorpus.Generate(topics: 2, wordsPerTopic: 8, documents: 40, tokensPerDoc: 20, seed: 3, start: new DateTime(2021, 3, 1));
        var model = Lda.Fit(corpus, new LdaOptions(2) { Iterations = 30 });
        var result = TopicsOverTime.Compute(model, corpus, TimeBin.Week);
        // 40 consecutive days from Monday 1 March 2021: ISO weeks 2021-W09 .. 2021-W14 (6 weeks, the last 5 days long).
        Assert.Equal(6, result.Bins.Count);
        Assert.Equal("2021-W09", result.Bins[0].Label);
        Assert.Equal(40, result.Bins.Sum(b => b.Documents));
        Assert.Equal(0, result.UndatedDocuments);
        Assert.All(result.Bins, b => Assert.Equal(1.0, b.Shares.Sum(), 9));
        Assert.All(result.Bins.Skip(1), b => Assert.InRange(b.ShareDivergence!.Value, 0, 1));
    }

    [Fact]
    public void Mismatched_document_topics_are_rejected()
    {
        var corpus = SyntheticCorpus.Generate(topics: 2, wordsPerTopic: 5, documents: 10, tokensPerDoc: 10, seed: 1);
        var model = Lda.Fit(corpus, new LdaOptions(2) { Iterations = 5 });
        var ex = Assert.Throws<ArgumentException>(() => TopicsOverTime.Compute(model, corpus, TimeBin.Month, documentTopics: model.DocumentTopics.Take(3).ToArray()));
        Assert.Contains("pair one to one", ex.Message);
    }
}
