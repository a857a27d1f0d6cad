using NewsLens.Actors;
using NewsLens.Charts;
using NewsLens.Corpora;
using NewsLens.Sentiment;

namespace NewsLens.Tests.Sentiment;

/// <summary>Aggregation arithmetic on a hand-made set of mentions; every expected number is worked by hand in the comments.</summary>
public class ActorSentimentAggregationTests
{
    private static MentionSentiment Row(string doc, string actor, SentimentLabel label, double score, string sentence, bool own = false) =>
        new(doc, 0, actor, ActorKind.Person, actor, label, score, 0.9, sentence, own);

    private static ActorSentimentResult Sample(bool includeOwnQuotes = false)
    {
        var rows = new[]
        {
            Row("d1", "X", SentimentLabel.Negative, -0.6, "X failed badly."),
            Row("d1", "X", SentimentLabel.Neutral, 0.2, "X met Y."),
            Row("d1", "X", SentimentLabel.Positive, 0.8, "X was praised."),
            Row("d1", "Y", SentimentLabel.Neutral, 0.1, "Y spoke."),
            Row("d2", "X", SentimentLabel.Negative, -0.3, "X was criticised."),
            Row("d2", "Y", SentimentLabel.Negative, -0.5, "\"This is terrible,\" Y said.", own: true),
        };
        var docs = new Dictionary<string, DocumentInfo>
        {
            ["d1"] = Document.Create("d1", "", date: new DateTime(2019, 4, 1), outlet: "A").Info,
            ["d2"] = Document.Create("d2", "", date: new DateTime(2019, 5, 2), outlet: "B").Info,
        };
        return new ActorSentimentResult(rows, docs, new Dictionary<string, string?> { ["X"] = "Xland" }, includeOwnQuotes);
    }

    [Fact]
    public void Overall_means_and_counts_leave_out_own_quotes()
    {
        var overall = Sample().Overall();
        var x = overall.Single(r => r.Actor == "X");
        // X: (-0.6 + 0.2 + 0.8 - 0.3) / 4 = 0.1 / 4 = 0.025; labels N, U, P, N; documents d1, d2
        Assert.Equal(4, x.Mentions);
        Assert.Equal(2, x.Documents);
        Assert.Equal(0.025, x.MeanScore, 12);
        Assert.Equal((2, 1, 1), (x.Negative, x.Neutral, x.Positive));
        Assert.Equal("Xland", x.Affiliation);
        // Y: its own quotation (-0.5) is left out: 0.1 / 1
        var y = overall.Single(r => r.Actor == "Y");
        Assert.Equal(1, y.Mentions);
        Assert.Equal(0.1, y.MeanScore, 12);
        Assert.Equal("X", overall[0].Actor); // most mentions first
    }

    [Fact]
    public void Own_quotes_can_be_counted()
    {
        var y = Sample().WithOwnQuotes(true).Overall().Single(r => r.Actor == "Y");
        // (0.1 - 0.5) / 2 = -0.2
        Assert.Equal(2, y.Mentions);
        Assert.Equal(-0.2, y.MeanScore, 12);
        Assert.Equal(1, y.Negative);
    }

    [Fact]
    public void By_document_gives_means_and_evidence()
    {
        var table = Sample().ByDocument();
        var x1 = table.Single(r => r.DocumentId == "d1" && r.Actor == "X");
        // (-0.6 + 0.2 + 0.8) / 3 = 0.4 / 3
        Assert.Equal(3, x1.Mentions);
        Assert.Equal(0.4 / 3, x1.MeanScore, 12);
        Assert.Equal("X failed badly.", x1.MostNegative);
        Assert.Equal("X was praised.", x1.MostPositive);
        Assert.DoesNotContain(table, r => r.DocumentId == "d2" && r.Actor == "Y");
        Assert.Equal(3, table.Count);
    }

    [Fact]
    public void By_outlet_and_month_group_documents()
    {
        var byOutlet = Sample().By("outlet");
        Assert.Equal(0.4 / 3, byOutlet.Single(r => r.Group == "A" && r.Actor == "X").MeanScore, 12);
        Assert.Equal(-0.3, byOutlet.Single(r => r.Group == "B" && r.Actor == "X").MeanScore, 12);
        var byMonth = Sample().By("month");
        Assert.Equal(["2019-04", "2019-05"], byMonth.Select(r => r.Group).Distinct().ToArray());
        Assert.Equal(1, byMonth.Single(r => r.Group == "2019-05").Mentions);
    }

    [Fact]
    public void Min_mentions_filters_rows()
    {
        Assert.Equal(["X"], Sample().Overall(minMentions: 2).Select(r => r.Actor).ToArray());
        Assert.Equal(["d1"], Sample().ByDocument(minMentions: 3).Select(r => r.DocumentId).ToArray());
        Assert.Empty(Sample().By("outlet", minMentions: 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => Sample().Overall(minMentions: 0));
    }

    [Fact]
    public void Unknown_field_names_the_fields_there_are()
    {
        var e = Assert.Throws<ArgumentException>(() => Sample().By("colour"));
        Assert.Contains("colour", e.Message);
        Assert.Contains("outlet", e.Message);
        Assert.Contains("month", e.Message);
    }

    [Fact]
    public void Charts_draw_signed_means_and_evidence()
    {
        var bars = Assert.IsType<BarTrace>(Sample().Overall().CreateChart()!.Data.Single());
        Assert.Contains(bars.X!, v => v is double d && Math.Abs(d - 0.025) < 1e-12);
        Assert.Equal("h", bars.Orientation);

        var heat = Assert.IsType<HeatmapTrace>(Sample().ByDocument().CreateChart()!.Data.Single());
        Assert.Equal(0, heat.ZMid);
        var cells = heat.Z!.SelectMany(r => r).Where(v => v is not null).Select(v => v!.Value).ToList();
        Assert.Contains(cells, v => Math.Abs(v - 0.4 / 3) < 1e-12);
        Assert.Contains(heat.HoverText!.SelectMany(r => r), h => h is not null && h.Contains("X was praised."));
        Assert.Contains(heat.HoverText!.SelectMany(r => r), h => h is not null && h.Contains("X was criticised."));

        var lines = Sample().By("month").CreateChart()!;
        Assert.All(lines.Data, t => Assert.IsType<ScatterTrace>(t));
        Assert.Equal(2, lines.Data.Count);
    }
}
