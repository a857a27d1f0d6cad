using NewsLens.Terms;
using static NewsLens.Tests.Terms.TermsTestData;

namespace NewsLens.Tests.Terms;

public class ChiSquaredTests
{
    [Fact]
    public void Erfc_matches_scipy_to_about_1e_14_relative()
    {
        foreach (var e in Json("erfc.json").GetProperty("erfc").EnumerateArray())
        {
            double x = e[0].GetDouble(), expected = e[1].GetDouble();
            var actual = ChiSquared.Erfc(x);
            Assert.True(Math.Abs(actual - expected) <= 2e-14 * Math.Abs(expected),
                $"erfc({x:R}): scipy {expected:R}, ours {actual:R}");
        }
    }

    [Fact]
    public void Upper_tail_with_one_degree_of_freedom_matches_scipy()
    {
        foreach (var e in Json("erfc.json").GetProperty("chi2_sf_1df").EnumerateArray())
        {
            double x = e[0].GetDouble(), expected = e[1].GetDouble();
            var actual = ChiSquared.UpperTail1(x);
            Assert.True(Math.Abs(actual - expected) <= 1e-13 * Math.Abs(expected),
                $"P(chi2_1 > {x:R}): scipy {expected:R}, ours {actual:R}");
        }
        Assert.Equal(1.0, ChiSquared.UpperTail1(-3));
    }
}
