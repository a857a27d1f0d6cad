using System.Globalization;
using System.Text.Json.Nodes;
using NewsLens.Charts;

namespace NewsLens.Tests.Charts;

/// <summary>Reads the hand-written chart fixtures (Fixtures/charts) and compares figures and HTML with them.</summary>
internal static class ChartFixtures
{
    /// <summary>The text of a fixture file.</summary>
    public static string Read(string fixture) =>
        File.ReadAllText(SharedData.Repo("tests", "NewsLens.Tests", "Fixtures", "charts", fixture));

    /// <summary>
    /// The figure's JSON against the fixture, compared structurally: key order aside, every attribute and value
    /// must match, and nothing extra may appear.
    /// </summary>
    public static void AssertGolden(string fixture, Figure figure)
    {
        var expected = JsonNode.Parse(Read(fixture));
        var actual = JsonNode.Parse(PlotlyHtml.ToJson(figure));
        Assert.True(JsonNode.DeepEquals(expected, actual),
            $"{fixture} differs.\nexpected: {expected!.ToJsonString()}\nactual:   {actual!.ToJsonString()}");
    }

    /// <summary>Runs <paramref name="action"/> with <paramref name="culture"/> as the current culture, then restores it.</summary>
    public static void InCulture(string culture, Action action)
    {
        var (culture0, ui0) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            action();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture0, ui0);
        }
    }
}
