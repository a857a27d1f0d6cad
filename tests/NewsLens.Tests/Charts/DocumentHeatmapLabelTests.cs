using System.Text.Json.Nodes;
using NewsLens.Charts;
using NewsLens.Sentiment;

namespace NewsLens.Tests.Charts;

/// <summary>Column labels of <see cref="ActorSentimentCharts.DocumentHeatmap"/> when documents share a label.</summary>
public class DocumentHeatmapLabelTests
{
    private static ActorDocumentSentiment Cell(string doc, string actor, double mean) =>
        new(doc, actor, 1, mean, mean < 0 ? 1 : 0, 0, mean > 0 ? 1 : 0, $"{actor} in {doc}", $"{actor} in {doc}");

    [Fact]
    public void Documents_with_the_same_label_keep_their_own_columns()
    {
        // two articles published the same day under the same headline, and a third with its own label
        var labels = new Dictionary<string, string>
        {
            ["d1"] = "2019-04-03 Turkey deal", ["d2"] = "2019-04-03 Turkey deal", ["d3"] = "2019-04-04 Pence warns",
        };
        var figure = ActorSentimentCharts.DocumentHeatmap([Cell("d1", "X", -0.5), Cell("d2", "X", 0.25), Cell("d3", "X", 0.75)], labels);
        var trace = JsonNode.Parse(PlotlyHtml.ToJson(figure))!["data"]![0]!;
        Assert.Equal(["2019-04-03 Turkey deal (d1)", "2019-04-03 Turkey deal (d2)", "2019-04-04 Pence warns"],
            trace["x"]!.AsArray().Select(n => n!.GetValue<string>()));
        // each document's score in its own cell: before, d2 overwrote d1 in one shared column
        Assert.Equal([-0.5, 0.25, 0.75], trace["z"]![0]!.AsArray().Select(n => n!.GetValue<double>()));
        Assert.StartsWith("X, 2019-04-03 Turkey deal (d1): mean -0.50", trace["hovertext"]![0]![0]!.GetValue<string>());
    }

    [Fact]
    public void A_label_equal_to_another_documents_id_is_told_apart_too()
    {
        // d2 has no label, so its column is its id "d2" — which is also d1's label
        var figure = ActorSentimentCharts.DocumentHeatmap([Cell("d1", "X", -0.5), Cell("d2", "X", 0.25)], new Dictionary<string, string> { ["d1"] = "d2" });
        var x = JsonNode.Parse(PlotlyHtml.ToJson(figure))!["data"]![0]!["x"]!.AsArray().Select(n => n!.GetValue<string>()).ToList();
        Assert.Equal(2, x.Distinct().Count());
        Assert.Equal(["d2 (d1)", "d2 (d2)"], x);
    }
}
