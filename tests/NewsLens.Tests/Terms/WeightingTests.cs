using NewsLens.Terms;
using static NewsLens.Tests.Terms.TermsTestData;

namespace NewsLens.Tests.Terms;

public class WeightingTests
{
    [Fact]
    public void TfIdf_variants_match_scikit_learn()
    {
        var dfm = DocumentFeatureMatrix.From(FixtureDocs());
        var variants = Json("tfidf.json").GetProperty("variants").EnumerateArray().ToList();
        Assert.Equal(12, variants.Count);
        foreach (var v in variants)
        {
            var options = new TfIdfOptions(
                Smooth: v.GetProperty("smooth").GetBoolean(),
                Norm: v.GetProperty("norm").GetString() switch { "l2" => VectorNorm.L2, "l1" => VectorNorm.L1, _ => VectorNorm.None },
                SublinearTf: v.GetProperty("sublinear").GetBoolean());
            var weighted = dfm.Weight(WeightScheme.TfIdf(options));
            var entries = v.GetProperty("entries").EnumerateArray().ToList();
            Assert.Equal(entries.Count, weighted.NonZeroCount);
            foreach (var e in entries)
                Close(e[2].GetDouble(), weighted[e[0].GetInt32(), e[1].GetString()!], 1e-9, $"{options} {e}");
            Assert.Equal(WeightKind.TfIdf, weighted.Scheme.Kind);
        }
    }

    [Fact]
    public void Proportions_divide_each_row_by_its_total()
    {
        var dfm = DocumentFeatureMatrix.From(Tokens("a a b c", "", "c")).Weight(WeightScheme.Proportions);
        Assert.Equal(0.5, dfm[0, "a"]);
        Assert.Equal(0.25, dfm[0, "b"]);
        Assert.Equal(1.0, dfm[2, "c"]);
        Assert.Empty(dfm.Row(1));
    }

    [Fact]
    public void QuantedaTfIdf_is_count_times_log10_of_N_over_df()
    {
        // 4 documents; a occurs in all 4 (idf log10(4/4) = 0), b in 1 with count 2, c in 2.
        var dfm = DocumentFeatureMatrix.From(Tokens("a b b c", "a c", "a", "a")).Weight(WeightScheme.QuantedaTfIdf);
        Assert.Equal(0, dfm[0, "a"]);
        Close(2 * 0.6020599913279624, dfm[0, "b"], 1e-15, "b");     // 2 x log10(4)
        Close(0.3010299956639812, dfm[1, "c"], 1e-15, "c");         // 1 x log10(2)
        Assert.Equal(3, dfm.NonZeroCount);                         // the zeros of 'a' are not stored
    }

    [Fact]
    public void Weighting_twice_or_trimming_weights_is_refused()
    {
        var weighted = DocumentFeatureMatrix.From(Tokens("a b", "b")).Weight(WeightScheme.Proportions);
        var e = Assert.Throws<InvalidOperationException>(() => weighted.Weight(WeightScheme.TfIdf()));
        Assert.Contains("Proportions", e.Message);
        Assert.Throws<InvalidOperationException>(() => weighted.Trim(minCount: 1));
        Assert.Throws<InvalidOperationException>(() => weighted.Group("id"));
        Assert.Same(weighted, weighted.Weight(WeightScheme.Counts));
    }
}
