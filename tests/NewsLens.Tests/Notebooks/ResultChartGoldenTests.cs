using System.Text.Json.Nodes;
using NewsLens.Actors;
using NewsLens.Charts;
using NewsLens.Terms;
using NewsLens.Tests.Charts;

namespace NewsLens.Tests.Notebooks;

/// <summary>
/// The chart of each result type on a small hand-made result, against a figure written by hand
/// (Fixtures/charts/result-*.json; the README there says how each was worked out).
/// </summary>
public class ResultChartGoldenTests
{
    private static void AssertGolden(string fixture, Figure figure) => ChartFixtures.AssertGolden(fixture, figure);

    private static KeynessRow K(string feature, double chi2, double g2 = 0) => new(feature, chi2, g2, 0, 0.5, 0, 1, 1);

    [Fact]
    public void Frequencies_are_horizontal_bars_of_the_top_terms() =>
        AssertGolden("result-frequency.json", new FrequencyTable(
        [
            new("tax", 5, 1, 2, null), new("war", 3, 2, 1, null), new("vote", 1, 3, 1, null),
        ]).ToChart(top: 2));

    [Fact]
    public void Grouped_frequencies_are_grouped_bars_with_zero_for_missing_terms() =>
        AssertGolden("result-frequency-grouped.json", new FrequencyTable(
        [
            new("tax", 3, 1, 1, "blog"), new("war", 2, 2, 1, "blog"), new("vote", 1, 3, 1, "blog"),
            new("war", 4, 1, 1, "paper"), new("vote", 1, 2, 1, "paper"),
        ]).ToChart(top: 2));

    [Fact]
    public void Keyness_is_two_sided_bars_of_the_top_terms_on_each_side() =>
        AssertGolden("result-keyness.json", new KeynessTable(
            [K("tax", 5), K("war", 2), K("poll", -1), K("vote", -3), K("nan", double.NaN)]).ToChart(top: 1));

    [Fact]
    public void Keyness_by_log_likelihood_draws_G2()
    {
        var figure = new KeynessTable([K("tax", 5, g2: 1), K("war", 2, g2: 9), K("vote", -3, g2: -2)], KeynessMeasure.LogLikelihood).ToChart(top: 1);
        var json = JsonNode.Parse(PlotlyHtml.ToJson(figure))!;
        Assert.Equal("[-2,9]", json["data"]![0]!["x"]!.ToJsonString());
        Assert.Equal("""["vote","war"]""", json["data"]![0]!["y"]!.ToJsonString());
        Assert.Equal("signed G²", (string?)json["layout"]!["xaxis"]!["title"]!["text"]);
    }

    [Fact]
    public void Collocations_are_bars_of_the_sort_measure() =>
        AssertGolden("result-collocations.json", new CollocationTable(
        [
            new("fighter jets", 5, 7.8, 2.2, 54, 7.6, 7.3), new("air defense", 4, 6.8, 2.2, 43, 6.1, 7.5), new("of the", 20, 2.6, 3.7, 46, 2.3, 7.9),
        ], CollocationSort.Count).ToChart(top: 2));

    [Fact]
    public void Actors_are_bars_of_mentions_ties_by_name()
    {
        var analysis = new ActorAnalysis([],
        [
            new("NATO", ActorKind.Organisation, null, 4, 2, ["NATO"]),
            new("Turkey", ActorKind.Country, null, 10, 3, ["Turkey", "Ankara"]),
            new("Erdogan", ActorKind.Person, "Turkey", 4, 2, ["Erdogan"]),
        ]);
        AssertGolden("result-actors.json", analysis.ToChart(top: 2));
    }

    [Fact]
    public void Actor_document_heatmap_counts_mentions_per_cell()
    {
        ActorMention M(string doc, string actor) => new(doc, 0, 0, 1, actor, actor, ActorKind.Country, null);
        var analysis = new ActorAnalysis(
            [M("d1", "Erdogan"), M("d1", "Turkey"), M("d1", "Erdogan"), M("d2", "Turkey"), M("d2", "Turkey"), M("d2", "Turkey")], []);
        AssertGolden("result-actor-heatmap.json", analysis.ToHeatmap());
    }

    [Fact]
    public void Actor_charts_filter_by_kind()
    {
        var analysis = new ActorAnalysis(
            [new("d1", 0, 0, 1, "Erdogan", "Erdogan", ActorKind.Person, null), new("d1", 0, 0, 1, "Turkey", "Turkey", ActorKind.Country, null)],
            [new("Erdogan", ActorKind.Person, null, 1, 1, []), new("Turkey", ActorKind.Country, null, 1, 1, [])]);
        Assert.Equal("""["Erdogan"]""", JsonNode.Parse(PlotlyHtml.ToJson(analysis.ToChart(kind: ActorKind.Person)))!["data"]![0]!["y"]!.ToJsonString());
        Assert.Equal("""["Erdogan"]""", JsonNode.Parse(PlotlyHtml.ToJson(analysis.ToHeatmap(kind: ActorKind.Person)))!["data"]![0]!["y"]!.ToJsonString());
    }
}
