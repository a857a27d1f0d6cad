using NewsLens.Terms;
using static NewsLens.Tests.Terms.TermsTestData;

namespace NewsLens.Tests.Terms;

public class KeynessTests
{
    [Fact]
    public void Chi2_G2_and_p_values_match_scipy_chi2_contingency()
    {
        var dfm = DocumentFeatureMatrix.From(FixtureDocs());
        var reference = Json("keyness.json");
        var target = reference.GetProperty("target_outlet").GetString()!;
        var yates = Keyness.Compute(dfm, "outlet", target, new KeynessOptions(Yates: true, Sort: false)).ToDictionary(r => r.Feature);
        var plain = Keyness.Compute(dfm, "outlet", target, new KeynessOptions(Yates: false, Sort: false)).ToDictionary(r => r.Feature);
        var g2 = Keyness.Compute(dfm, "outlet", target, new KeynessOptions(KeynessMeasure.LogLikelihood, Sort: false)).ToDictionary(r => r.Feature);
        var rows = reference.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(rows.Count, yates.Count);
        foreach (var e in rows)
        {
            var f = e.GetProperty("feature").GetString()!;
            var sign = e.GetProperty("a").GetDouble() >= e.GetProperty("expected_a").GetDouble() ? 1 : -1;
            Close(sign * e.GetProperty("chi2_yates").GetDouble(), yates[f].Chi2, 1e-9, f + " chi2 yates");
            Close(e.GetProperty("p_yates").GetDouble(), yates[f].P, 1e-9, f + " p yates");
            Close(sign * e.GetProperty("chi2").GetDouble(), plain[f].Chi2, 1e-9, f + " chi2");
            Close(e.GetProperty("p").GetDouble(), plain[f].P, 1e-9, f + " p");
            Close(sign * e.GetProperty("g2").GetDouble(), g2[f].G2, 1e-9, f + " g2");
            Close(e.GetProperty("p_g2").GetDouble(), g2[f].P, 1e-9, f + " p g2");
            Assert.Equal(e.GetProperty("a").GetInt32(), yates[f].NTarget);
            Assert.Equal(e.GetProperty("c").GetInt32(), yates[f].NReference);
        }
        // Signed: features only in the reference score below zero.
        Assert.True(plain["NATO"].Chi2 < 0);
        Assert.True(plain["sanctions"].Chi2 > 0);
    }

    [Fact]
    public void Rows_are_sorted_by_the_chosen_measure()
    {
        var dfm = DocumentFeatureMatrix.From(FixtureDocs());
        var byChi2 = Keyness.Compute(dfm, d => d.Outlet == "blog");
        Assert.True(byChi2.Zip(byChi2.Skip(1)).All(p => p.First.Chi2 >= p.Second.Chi2));
        var byG2 = Keyness.Compute(dfm, d => d.Outlet == "blog", new KeynessOptions(KeynessMeasure.LogLikelihood));
        Assert.True(byG2.Zip(byG2.Skip(1)).All(p => p.First.G2 >= p.Second.G2));
        var byPmi = Keyness.Compute(dfm, d => d.Outlet == "blog", new KeynessOptions(KeynessMeasure.Pmi));
        Assert.True(byPmi.Zip(byPmi.Skip(1)).All(p => p.First.Pmi >= p.Second.Pmi));
    }

    [Fact]
    public void Pmi_and_log_ratio_worked_by_hand()
    {
        // Target d1 "x x y" (3 tokens), reference d2 "y y y z" (4 tokens). For x: a=2, b=1, c=0, d=4, N=7.
        var dfm = DocumentFeatureMatrix.From(Tokens("x x y", "y y y z"));
        var rows = Keyness.Compute(dfm, d => d.Id == "d1", new KeynessOptions(Sort: false)).ToDictionary(r => r.Feature);
        // PMI(x) = ln(a N / ((a+b)(a+c))) = ln(2*7 / (3*2)) = ln(7/3)
        Close(Math.Log(7.0 / 3.0), rows["x"].Pmi, 1e-15, "pmi x");
        // Log ratio (Hardie 2014), c = 0 replaced by 0.5: log2((2/3) / (0.5/4)) = log2(16/3)
        Close(Math.Log2(16.0 / 3.0), rows["x"].EffectSize, 1e-15, "log ratio x");
        // y: a=1 of 3, c=3 of 4: log2((1/3)/(3/4)) = log2(4/9), negative
        Close(Math.Log2(4.0 / 9.0), rows["y"].EffectSize, 1e-15, "log ratio y");
        Assert.True(rows["y"].Chi2 <= 0);
        Assert.Equal(double.NegativeInfinity, rows["z"].Pmi);
        // Uncorrected chi2 for x: N (ad - bc)^2 / ((a+b)(c+d)(a+c)(b+d)) = 7 * 64 / (3*4*2*5) = 448/120
        var plain = Keyness.Compute(dfm, d => d.Id == "d1", new KeynessOptions(Yates: false, Sort: false)).Single(r => r.Feature == "x");
        Close(448.0 / 120.0, plain.Chi2, 1e-14, "chi2 x");
    }

    [Fact]
    public void Invalid_targets_are_reported()
    {
        var dfm = DocumentFeatureMatrix.From(FixtureDocs());
        Assert.Contains("No document matches the target",
            Assert.Throws<ArgumentException>(() => Keyness.Compute(dfm, _ => false)).Message);
        Assert.Contains("reference is empty",
            Assert.Throws<ArgumentException>(() => Keyness.Compute(dfm, _ => true)).Message);
        var e = Assert.Throws<ArgumentException>(() => Keyness.Compute(dfm, "outlet", "guardian"));
        Assert.Contains("blog, duran, express", e.Message);
        var f = Assert.Throws<ArgumentException>(() => Keyness.Compute(dfm, "section", "x"));
        Assert.Contains("Fields: id, title", f.Message);
        Assert.Throws<InvalidOperationException>(() =>
            Keyness.Compute(dfm.Weight(WeightScheme.Proportions), "outlet", "blog"));
    }
}
