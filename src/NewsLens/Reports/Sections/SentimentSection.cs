using NewsLens.Charts;
using NewsLens.Corpora;
using NewsLens.Sentiment;

namespace NewsLens.Reports.Sections;

/// <summary>The overall tone of each document (mean VADER compound score over its sentences).</summary>
internal static class SentimentSection
{
    /// <summary>One row of the document sentiment table.</summary>
    internal sealed record DocumentSentimentRow(string Id, string? Title, DateTime? Date, string? Outlet, double Compound, SentimentLabel Label);

    public static void Add(HtmlReport report, Corpus corpus)
    {
        var analyzer = SentimentAnalyzer.Vader;
        var rows = corpus.OrderByDate()
            .Select(d =>
            {
                var compound = analyzer.ScoreDocument(d.Text);
                return new DocumentSentimentRow(d.Id, d.Title, d.Date, d.Outlet, Math.Round(compound, 4), SentimentAnalyzer.Classify(compound));
            })
            .ToList();
        report.AddChart("Document sentiment",
            Chart.Bar(rows, r => r.Title ?? r.Id, r => r.Compound, yTitle: "mean compound score"),
            intro: "The mean VADER compound score of each article's sentences (−1 very negative, +1 very positive). This is the article's overall tone, not its stance toward any actor.");
        report.AddTable("Document sentiment (table)", rows, maxRows: 100);
    }
}
