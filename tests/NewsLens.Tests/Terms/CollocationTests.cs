using NewsLens.Terms;
using static NewsLens.Tests.Terms.TermsTestData;

namespace NewsLens.Tests.Terms;

public class CollocationTests
{
    [Theory]
    [InlineData("split_at_punctuation", false, 2, "bigrams")]
    [InlineData("split_at_punctuation", false, 3, "trigrams")]
    [InlineData("cross_punctuation", true, 2, "bigrams")]
    [InlineData("cross_punctuation", true, 3, "trigrams")]
    public void Pmi_G2_and_t_match_NLTK(string variant, bool cross, int size, string kind)
    {
        var rows = Collocations.Compute(FixtureDocs(), new CollocationOptions(size, MinCount: 1, CrossPunctuation: cross))
            .ToDictionary(r => r.Collocation);
        var expected = Json("collocations.json").GetProperty(variant).GetProperty(kind).EnumerateArray().ToList();
        Assert.Equal(expected.Count, rows.Count);
        foreach (var e in expected)
        {
            var name = string.Join(' ', e.GetProperty("ngram").EnumerateArray().Select(w => w.GetString()));
            Assert.True(rows.TryGetValue(name, out var row), $"missing {name}");
            Assert.Equal(e.GetProperty("count").GetInt32(), row!.Count);
            Close(e.GetProperty("pmi").GetDouble(), row.Pmi, 1e-9, name + " pmi");
            Close(e.GetProperty("likelihood_ratio").GetDouble(), row.G2, 1e-9, name + " G2");
            Close(e.GetProperty("student_t").GetDouble(), row.TScore, 1e-9, name + " t");
        }
    }

    [Fact]
    public void Lambda_and_z_worked_by_hand_for_a_bigram()
    {
        // Tokens "a b a b c a": bigram positions (a b) (b a) (a b) (b c) (c a), 5 in all.
        // For "a b": n11 = 2 (a then b); n12 = positions starting with a but not followed by b = 2 - 2 = 0;
        // n21 = positions ending in b not preceded by a = 2 - 2 = 0; n22 = 5 - 2 = 3.
        // With 0.5 added: lambda = ln(2.5) - ln(0.5) - ln(0.5) + ln(3.5) = ln(2.5 * 3.5 / 0.25) = ln(35)
        // SE = sqrt(1/2.5 + 1/0.5 + 1/0.5 + 1/3.5) = sqrt(0.4 + 4 + 2/7) = sqrt(164/35); z = ln(35) / sqrt(164/35)
        var row = Collocations.Compute(Tokens("a b a b c a"), new CollocationOptions(MinCount: 2)).Single();
        Assert.Equal("a b", row.Collocation);
        Assert.Equal(2, row.Count);
        Close(Math.Log(35), row.Lambda, 1e-14, "lambda");
        Close(Math.Log(35) / Math.Sqrt(164.0 / 35.0), row.Z, 1e-14, "z");
        Close(3.5553480614894135, row.Lambda, 1e-14, "ln 35 (decimal)");
    }

    [Fact]
    public void Lambda_for_a_larger_table_worked_by_hand()
    {
        // "x y" in "x y z x q y x y z z": positions (x y)(y z)(z x)(x q)(q y)(y x)(x y)(y z)(z z) = 9.
        // n11 = 2; starts with x: 3 -> n12 = 1; ends with y: 3 ((x y), (q y), (x y)) -> n21 = 1; n22 = 9 - 4 = 5.
        // lambda = ln(2.5) - ln(1.5) - ln(1.5) + ln(5.5) = ln(13.75 / 2.25); SE^2 = 1/2.5 + 2/1.5 + 1/5.5
        var rows = Collocations.Compute(Tokens("x y z x q y x y z z"), new CollocationOptions(MinCount: 1)).ToDictionary(r => r.Collocation);
        Close(Math.Log(13.75 / 2.25), rows["x y"].Lambda, 1e-14, "lambda");
        Close(Math.Log(13.75 / 2.25) / Math.Sqrt(1 / 2.5 + 2 / 1.5 + 1 / 5.5), rows["x y"].Z, 1e-14, "z");
    }

    [Fact]
    public void Trigram_lambda_is_the_three_way_interaction()
    {
        // A 2x2x2 table with cells (matching positions) given directly: the sign of each log cell
        // is (-1)^(number of non-matching positions).
        double[] cells = [10, 3, 4, 2, 5, 1, 0, 6]; // index bit j set = position j matches
        var (lambda, z) = Collocations.LogLinearInteraction(cells);
        var expected = -Math.Log(10.5) + Math.Log(3.5) + Math.Log(4.5) - Math.Log(2.5)
                       + Math.Log(5.5) - Math.Log(1.5) - Math.Log(0.5) + Math.Log(6.5);
        Close(expected, lambda, 1e-14, "lambda");
        var se = Math.Sqrt(cells.Sum(c => 1 / (c + 0.5)));
        Close(expected / se, z, 1e-14, "z");
    }

    [Fact]
    public void Sequences_do_not_cross_documents_or_punctuation()
    {
        var rows = Collocations.Compute(Tokens("a b , c", "d e"), new CollocationOptions(MinCount: 1));
        Assert.Equal(["a b", "d e"], rows.Select(r => r.Collocation).Order());
        var crossing = Collocations.Compute(Tokens("a b , c", "d e"), new CollocationOptions(MinCount: 1, CrossPunctuation: true));
        Assert.Equal(new[] { "a b", "b ,", ", c", "d e" }.Order(StringComparer.Ordinal), crossing.Select(r => r.Collocation).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void MinCount_filters_and_options_are_validated()
    {
        var rows = Collocations.Compute(FixtureDocs(), new CollocationOptions(MinCount: 3));
        Assert.All(rows, r => Assert.True(r.Count >= 3));
        Assert.Contains(rows, r => r.Collocation == "missile systems");
        Assert.True(rows.Zip(rows.Skip(1)).All(p => p.First.Z >= p.Second.Z));
        Assert.Contains("Size must be 2 or 3", Assert.Throws<ArgumentException>(() =>
            Collocations.Compute(FixtureDocs(), new CollocationOptions(Size: 4))).Message);
        Assert.Throws<ArgumentException>(() => Collocations.Compute(FixtureDocs(), new CollocationOptions(MinCount: 0)));
    }
}
