using System.Globalization;
using NewsLens.Actors;
using NewsLens.Corpora;
using NewsLens.Sentiment;

namespace NewsLens.Reports.Sections;

/// <summary>How each actor is portrayed (target-dependent sentiment per mention) and who said what.</summary>
internal static class ActorSentimentSection
{
    private sealed record QuoteCell(string Article, string Speaker, string Quote);

    public static void Add(HtmlReport report, Corpus corpus, ActorAnalysis actors, int topActors)
    {
        var result = ActorSentimentAnalysis.Run(corpus, actors);
        var overall = result.Overall(minMentions: 2).Take(topActors).ToList();
        if (overall.Count > 0)
        {
            report.AddChart("Sentiment toward actors",
                ActorSentimentCharts.MeanScoreBars(overall, top: topActors, title: null),
                intro: "Mean target-dependent sentiment of the sentences mentioning each actor (at least 2 mentions), from −1 (negative toward the actor) to 1 (positive). " +
                       "It scores the sentence's attitude toward that actor, not the sentence's overall tone; the actor's own quoted words are not counted.");
            var shown = overall.Select(o => o.Actor).ToHashSet(StringComparer.Ordinal);
            var labels = corpus.ToDictionary(d => d.Id, d => d.Date is { } date ? string.Create(CultureInfo.InvariantCulture, $"{date:yyyy-MM-dd} {d.Id}") : d.Id, StringComparer.Ordinal);
            var cells = result.ByDocument().Where(r => shown.Contains(r.Actor)).ToList();
            if (labels.Count >= 2 && cells.Count > 0)
                report.AddChart("Sentiment toward actors by article",
                    ActorSentimentCharts.DocumentHeatmap(cells, labels, topActors, title: null),
                    intro: "Mean sentiment toward each actor in each article (red negative, blue positive, empty: not mentioned). Hover a cell for the sentence that speaks most strongly in its direction.");
        }
        var quotes = QuoteExtraction.Find(corpus, actors) // the report's shared analysis: actors are recognised once
            .Where(q => q.Speaker is not null && q.Kind == "direct" && q.Text.Split(' ').Length >= 4)
            .Select(q => new QuoteCell(q.DocumentId, q.Speaker!, q.Text))
            .ToList();
        if (quotes.Count > 0)
            report.AddTable("Quotes", quotes, maxRows: 40,
                intro: "Direct quotations of at least four words with their speaker (attribution patterns such as “…,” X said; “according to X”; a quotation continuing the previous speaker's).");
    }
}
