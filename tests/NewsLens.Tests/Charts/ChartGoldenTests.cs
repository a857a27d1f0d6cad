using System.Text.Json.Nodes;
using NewsLens.Charts;

namespace NewsLens.Tests.Charts;

/// <summary>
/// Each builder's JSON against a figure written by hand from the Plotly.js reference
/// (Fixtures/charts/*.json; see the README there). Compared structurally: key order aside, every
/// attribute and value must match, and nothing extra may appear.
/// </summary>
public class ChartGoldenTests
{
    private static void AssertGolden(string fixture, Figure figure) => ChartFixtures.AssertGolden(fixture, figure);

    [Fact]
    public void Bar() =>
        AssertGolden("bar.json", Chart.Bar(["apples", "pears"], [3, 1.5], "Fruit", "kind", "count"));

    [Fact]
    public void Bar_from_rows_is_the_same_chart()
    {
        var rows = new[] { (Name: "apples", N: 3.0), (Name: "pears", N: 1.5) };
        AssertGolden("bar.json", Chart.Bar(rows, r => r.Name, r => r.N, "Fruit", "kind", "count"));
    }

    [Fact]
    public void HorizontalBar() =>
        AssertGolden("horizontal-bar.json", Chart.HorizontalBar(["a", "b", "c"], [5, 3, 1], "Top terms", "count"));

    [Fact]
    public void TwoSidedBar_sorts_and_colours_by_sign() =>
        AssertGolden("two-sided-bar.json", Chart.TwoSidedBar(["tax", "war", "vote", "poll"], [2.5, -4, 0, -1], "Keyness", "chi2"));

    [Fact]
    public void Heatmap_diverging_with_gaps_and_hover_text()
    {
        var z = new double[,] { { 0.5, -0.25 }, { double.NaN, 1 } };
        var hover = new string?[,] { { "n=3", null }, { null, "n=1" } };
        AssertGolden("heatmap.json", Chart.Heatmap(["Express", "Guardian"], ["Biden", "Trump"], z, "Sentiment", hover, colorbarTitle: "mean"));
    }

    [Fact]
    public void Heatmap_from_long_rows_pivots_in_order_of_appearance()
    {
        var rows = new[]
        {
            (Actor: "Biden", Outlet: "Express", Score: 0.5, N: "n=3"),
            (Actor: "Trump", Outlet: "Guardian", Score: 1.0, N: "n=1"),
            (Actor: "Biden", Outlet: "Guardian", Score: -0.25, N: (string)null!),
        };
        AssertGolden("heatmap.json", Chart.Heatmap(rows, r => r.Outlet, r => r.Actor, r => r.Score, "Sentiment", r => r.N, colorbarTitle: "mean"));
    }

    [Fact]
    public void Lines_with_dates_and_a_missing_value()
    {
        DateTime[] months = [new(2019, 1, 1), new(2019, 2, 1)];
        AssertGolden("lines.json", Chart.Lines(
            [Series.Of("Express", months, [1.0, 2.0]), Series.Of("Guardian", months, [0.5, double.NaN])],
            "Mentions", yTitle: "per 1,000 words", markers: true));
    }

    [Fact]
    public void StackedArea_percent() =>
        AssertGolden("stacked-area.json", Chart.StackedArea(
            [Series.Of("economy", ["2019", "2020"], [3.0, 1.0]), Series.Of("health", ["2019", "2020"], [1.0, 3.0])],
            "Topic shares", percent: true));

    [Fact]
    public void GroupedBar() =>
        AssertGolden("grouped-bar.json", Chart.GroupedBar(
            [Series.Of("2019", ["a", "b"], [1.0, 2.0]), Series.Of("2020", ["a", "b"], [3.0, 4.0])]));

    [Fact]
    public void DeepEquals_is_sensitive_to_a_wrong_value()
    {
        // Guards the comparison itself: a figure that differs in one number must not match.
        var expected = JsonNode.Parse(ChartFixtures.Read("bar.json"));
        var actual = JsonNode.Parse(PlotlyHtml.ToJson(Chart.Bar(["apples", "pears"], [3, 1.25], "Fruit", "kind", "count")));
        Assert.False(JsonNode.DeepEquals(expected, actual));
    }

    [Fact]
    public void Mismatched_lengths_name_the_problem()
    {
        var ex = Assert.Throws<ArgumentException>(() => Chart.Bar(["a", "b"], [1.0]));
        Assert.Contains("2 labels but 1 values", ex.Message);
        var hm = Assert.Throws<ArgumentException>(() => Chart.Heatmap(["x"], ["a", "b"], new double[1, 1]));
        Assert.Contains("2 y labels", hm.Message);
        var dup = Assert.Throws<ArgumentException>(() => Chart.Heatmap(new[] { (X: "a", Y: "b"), (X: "a", Y: "b") }, r => r.X, r => r.Y, r => 1));
        Assert.Contains("x = \"a\" and y = \"b\"", dup.Message);
        Assert.Throws<ArgumentException>(() => Series.Of("s", [1, 2], [1.0]));
    }
}
