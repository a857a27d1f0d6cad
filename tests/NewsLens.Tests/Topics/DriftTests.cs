using NewsLens.Corpora;
using NewsLens.Topics;

namespace NewsLens.Tests.Topics;

public class DriftTests
{
    [Fact]
    public void Jensen_Shannon_of_hand_worked_pairs()
    {
        Assert.Equal(1.0, Drift.JensenShannon([1, 0], [0, 1]), 12);     // disjoint supports
        Assert.Equal(0.0, Drift.JensenShannon([0.3, 0.7], [3, 7]), 12);  // same after normalising
        // p = (1/2, 1/2), q = (1, 0), m = (3/4, 1/4):
        // KL(p‖m) = ½ log2(2/3) + ½ log2(2); KL(q‖m) = log2(4/3); JSD = ½ KL(p‖m) + ½ KL(q‖m) ≈ 0.3113.
        double expected = 0.5 * (0.5 * Math.Log2(2.0 / 3) + 0.5) + 0.5 * Math.Log2(4.0 / 3);
        Assert.Equal(expected, Drift.JensenShannon([0.5, 0.5], [1, 0]), 12);
        Assert.Equal(expected, Drift.JensenShannon([1, 0], [0.5, 0.5]), 12); // symmetric
    }

    [Fact]
    public void Jensen_Shannon_rejects_what_is_not_a_distribution()
    {
        Assert.Contains("lengths", Assert.Throws<ArgumentException>(() => Drift.JensenShannon([1, 0], [1])).Message);
        Assert.Contains("p[1]", Assert.Throws<ArgumentException>(() => Drift.JensenShannon([1, -1], [1, 0])).Message);
        Assert.Contains("sums to 0", Assert.Throws<ArgumentException>(() => Drift.JensenShannon([1, 0], [0, 0])).Message);
    }

    [Fact]
    public void G2_and_log_ratio_of_a_hand_worked_table()
    {
        // Term: 10 of 1,000 tokens before, 30 of 1,000 after. Table [10, 990; 30, 970], expected [20, 980; 20, 980].
        double g2 = 2 * (10 * Math.Log(10.0 / 20) + 990 * Math.Log(990.0 / 980) + 30 * Math.Log(30.0 / 20) + 970 * Math.Log(970.0 / 980));
        Assert.Equal(g2, Drift.G2(10, 1000, 30, 1000), 10);
        Assert.Equal(Math.Log2(3), Drift.LogRatio(10, 1000, 30, 1000), 12);
        Assert.Equal(Math.Log2((5 / 1000.0) / (0.5 / 2000.0)), Drift.LogRatio(0, 2000, 5, 1000), 12); // zero → 0.5
    }

    [Fact]
    public void Compare_terms_between_periods_counts_undated_documents()
    {
        static DocumentInfo Doc(string id, DateTime? date) => new(id, null, date, null, null, new Dictionary<string, object?>());
        var corpus = TopicCorpus.FromTokenLists([
            (Doc("a", new DateTime(2021, 1, 10)), ["war", "peace", "trade", "trade"]),
            (Doc("b", new DateTime(2021, 1, 20)), ["trade", "trade", "trade", "peace"]),
            (Doc("c", new DateTime(2022, 3, 1)), ["war", "war", "war", "peace"]),
            (Doc("d", new DateTime(2022, 3, 5)), ["war", "war", "trade", "peace"]),
            (Doc("e", null), ["war", "war"]),
        ]);
        var result = Drift.CompareTerms(corpus, new DateTime(2021, 1, 1), new DateTime(2022, 1, 1), new DateTime(2022, 1, 1), new DateTime(2023, 1, 1), minCount: 1);
        Assert.Equal((2, 2, 8L, 8L, 1, 0), (result.DocumentsBefore, result.DocumentsAfter, result.TokensBefore, result.TokensAfter, result.UndatedDocuments, result.OtherDocuments));
        var war = result.Terms.Single(t => t.Term == "war");
        Assert.Equal((1L, 5L), (war.CountBefore, war.CountAfter));
        Assert.Equal(Math.Log2(5.0), war.LogRatio, 12);
        Assert.Equal(Drift.G2(1, 8, 5, 8), war.G2, 12);
        Assert.Contains(war, result.Emerging);
        Assert.Contains(result.Terms.Single(t => t.Term == "trade"), result.Fading);
        var peace = result.Terms.Single(t => t.Term == "peace");
        Assert.Equal(0.0, peace.G2, 12); // 2 of 8 tokens in both periods
    }
}
