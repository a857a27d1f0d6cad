using System.Text.Json.Nodes;
using NewsLens.Charts;
using NewsLens.Corpora;
using NewsLens.Stance;
using NewsLens.Topics;
using static NewsLens.Tests.Notebooks.FormatterDiscoveryTests;

namespace NewsLens.Tests.Notebooks;

/// <summary>Stance and topic results display in notebooks like the others, and their charts hold the right data.</summary>
public class StanceAndTopicsDisplayTests
{
    private static StanceAnalysis HandMadeStance() => new(
        new StanceTarget("the deal", ["deal"]), "lexicon", [],
        [
            new ActorStance("a1", "Pence", StanceLabel.Against, 0.9, -0.9, ["Pence warned against the deal."]),
            new ActorStance("a2", "Pence", StanceLabel.Against, 0.5, -0.5, ["Pence said the deal is reckless."]),
            new ActorStance("a2", "Cavusoglu", StanceLabel.Favor, 0.7, 0.7, ["Cavusoglu said the deal is done."]),
        ],
        [
            new DocumentStance("a1", StanceLabel.Against, 0.4, -0.4, 2, ["Pence warned against the deal."]),
            new DocumentStance("a2", StanceLabel.Neutral, 0.0, 0.05, 3, []),
        ]);

    [Fact]
    public void Stance_matrix_puts_each_actor_score_in_its_article_column_and_leaves_gaps_empty()
    {
        // Expected by hand: columns a1, a2; rows ordered by number of articles (Pence 2, Cavusoglu 1);
        // z = [[-0.9, -0.5], [NaN -> null, 0.7]], diverging scale centred on 0.
        var json = JsonNode.Parse(PlotlyHtml.ToJson(StanceCharts.ActorMatrix(HandMadeStance())))!;
        var trace = json["data"]![0]!;
        Assert.Equal("heatmap", (string?)trace["type"]);
        Assert.Equal(["a1", "a2"], trace["x"]!.AsArray().Select(n => (string?)n));
        Assert.Equal(["Pence", "Cavusoglu"], trace["y"]!.AsArray().Select(n => (string?)n));
        var z = trace["z"]!.AsArray();
        Assert.Equal(-0.9, (double)z[0]![0]!);
        Assert.Equal(-0.5, (double)z[0]![1]!);
        Assert.Null(z[1]![0]);
        Assert.Equal(0.7, (double)z[1]![1]!);
        Assert.Equal(0.0, (double)trace["zmid"]!);
        Assert.Contains("Cavusoglu said the deal is done.", (string?)trace["hovertext"]![1]![1]);
    }

    [Fact]
    public void Stance_analysis_displays_with_its_matrix()
    {
        var outputs = DisplayLikeDotNetInteractive(HandMadeStance());
        Assert.Contains("Pence warned against the deal.", outputs["text/html"]);
        Assert.Contains("newPlot", outputs["text/html"]);
        Assert.Contains("Cavusoglu", outputs["text/plain"]);
    }

    [Fact]
    public void Topic_results_display_with_their_tables_and_charts()
    {
        // Two clear themes over two months: enough for a small LDA to separate them.
        var docs = new List<Document>();
        for (int i = 0; i < 40; i++)
        {
            var text = i % 2 == 0
                ? "missile defence radar battery missile radar defence battery system"
                : "election vote ballot campaign voter ballot election campaign poll";
            docs.Add(Document.Create($"d{i}", text, date: new DateTime(2022, 1 + i % 3, 1 + i % 20)));
        }
        var result = TopicAnalysis.Run(Corpus.FromDocuments(docs), new TopicAnalysisOptions { Topics = 2, Seed = 1, Iterations = 50 });
        var topics = DisplayLikeDotNetInteractive(result);
        Assert.Contains("newPlot", topics["text/html"]);
        Assert.Contains("2 topics", topics["text/plain"]);

        var drift = TopicDrift.Run(result, TimeBin.Month);
        var shown = DisplayLikeDotNetInteractive(drift);
        Assert.Contains("3 month bins", shown["text/plain"]);
        var lines = JsonNode.Parse(PlotlyHtml.ToJson(TopicCharts.Drift(drift)))!["data"]!.AsArray();
        Assert.Equal(2, lines.Count); // shares JSD and mean word JSD
        Assert.Equal(drift.Drift.Count, lines[0]!["x"]!.AsArray().Count);
        var areas = JsonNode.Parse(PlotlyHtml.ToJson(TopicCharts.SharesOverTime(drift, result)))!["data"]!.AsArray();
        Assert.Equal(2, areas.Count); // one stacked area per topic
    }
}
