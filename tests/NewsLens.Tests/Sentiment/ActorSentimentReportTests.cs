using NewsLens.Charts;
using NewsLens.Corpora;
using NewsLens.Reports;
using NewsLens.Sentiment;

namespace NewsLens.Tests.Sentiment;

/// <summary>The actor sentiment section of the HTML report on the sample articles.</summary>
public class ActorSentimentReportTests
{
    [Fact]
    public void Report_has_actor_sentiment_charts_and_a_quotes_table()
    {
        var corpus = Corpus.Load(SharedData.Repo("data", "s400"));
        var page = NewsReport.Build(corpus).Render(PlotlyScript.Cdn, new DateTime(2024, 5, 1));
        int bars = page.IndexOf("Sentiment toward actors</h2>", StringComparison.Ordinal);
        int heat = page.IndexOf("Sentiment toward actors by article</h2>", StringComparison.Ordinal);
        int quotes = page.IndexOf("Quotes</h2>", StringComparison.Ordinal);
        Assert.True(bars > 0 && heat > bars && quotes > heat, $"{bars} {heat} {quotes}");
        // the actors section comes first
        Assert.True(page.IndexOf("People by article</h2>", StringComparison.Ordinal) < bars);
        var quoteSection = page[quotes..];
        Assert.Contains("Mike Pence", quoteSection);
        Assert.Contains("We couldn’t get it for 10 years", quoteSection);
        // hover evidence: Turkey's mean in article 004 is negative, so its cell shows its most negative sentence
        var turkey4 = ActorSentimentAnalysis.Run(corpus).ByDocument().Single(r => r.DocumentId.StartsWith("004", StringComparison.Ordinal) && r.Actor == "Turkey");
        Assert.True(turkey4.MeanScore < 0);
        var words = string.Join(' ', turkey4.MostNegative.Split(' ').Take(5));
        Assert.Contains(words, page[heat..quotes]);
    }
}
