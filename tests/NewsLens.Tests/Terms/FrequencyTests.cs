using NewsLens.Terms;
using NewsLens.Text;
using static NewsLens.Tests.Terms.TermsTestData;

namespace NewsLens.Tests.Terms;

public class FrequencyTests
{
    [Fact]
    public void Ranks_share_the_minimum_on_ties()
    {
        // totals: a 3, b 2, c 2, d 1 -> ranks 1, 2, 2, 4 ("min", as quanteda's textstat_frequency)
        var dfm = DocumentFeatureMatrix.From(Tokens("d b a", "a c b", "a c"));
        var rows = Frequency.Compute(dfm);
        Assert.Equal(["a", "b", "c", "d"], rows.Select(r => r.Feature));
        Assert.Equal([3.0, 2, 2, 1], rows.Select(r => r.Frequency));
        Assert.Equal([1, 2, 2, 4], rows.Select(r => r.Rank));
        Assert.Equal([3, 2, 2, 1], rows.Select(r => r.DocFreq));
        Assert.All(rows, r => Assert.Null(r.Group));
        Assert.Equal(["a", "b"], Frequency.Compute(dfm, top: 2).Select(r => r.Feature));
        Assert.Throws<ArgumentOutOfRangeException>(() => Frequency.Compute(dfm, top: 0));
    }

    [Fact]
    public void Grouped_frequencies_are_computed_within_each_group()
    {
        var tokens = new Tokens([
            Doc("x1", "a b", outlet: "Zeit"),
            Doc("x2", "a a c", outlet: "Express"),
            Doc("x3", "b b", outlet: "Zeit"),
        ]);
        var rows = Frequency.Compute(DocumentFeatureMatrix.From(tokens), groupBy: "outlet");
        Assert.Equal(
            [("a", 2.0, 1, 1, "Express"), ("c", 1.0, 2, 1, "Express"), ("b", 3.0, 1, 2, "Zeit"), ("a", 1.0, 2, 1, "Zeit")],
            rows.Select(r => (r.Feature, r.Frequency, r.Rank, r.DocFreq, r.Group)));
        Assert.Equal(2, Frequency.Compute(DocumentFeatureMatrix.From(tokens), top: 1, groupBy: "outlet").Count);
        var e = Assert.Throws<ArgumentException>(() => Frequency.Compute(DocumentFeatureMatrix.From(tokens), groupBy: "desk"));
        Assert.Contains("'desk'", e.Message);
    }

    [Fact]
    public void Totals_agree_with_scikit_learn_counts()
    {
        var dfm = DocumentFeatureMatrix.From(FixtureDocs());
        var totals = Json("tfidf.json").GetProperty("counts").EnumerateArray()
            .GroupBy(e => e[1].GetString()!)
            .ToDictionary(g => g.Key, g => (Sum: g.Sum(e => e[2].GetDouble()), Df: g.Count()));
        foreach (var row in Frequency.Compute(dfm))
        {
            Assert.Equal(totals[row.Feature].Sum, row.Frequency);
            Assert.Equal(totals[row.Feature].Df, row.DocFreq);
        }
    }
}
