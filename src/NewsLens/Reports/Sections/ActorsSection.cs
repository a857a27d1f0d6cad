using System.Globalization;
using NewsLens.Actors;
using NewsLens.Charts;
using NewsLens.Corpora;

namespace NewsLens.Reports.Sections;

/// <summary>Who is mentioned: the most-mentioned actors, and in which articles.</summary>
internal static class ActorsSection
{
    public static void Add(HtmlReport report, Corpus corpus, ActorAnalysis analysis, int topActors)
    {
        if (analysis.Actors.Count == 0) return;
        var top = analysis.Actors.Take(topActors).ToList();
        report.AddChart("Actors",
            Chart.HorizontalBar(top, a => $"{a.Actor} ({a.Kind.ToString().ToLowerInvariant()})", a => a.Mentions, xTitle: "mentions"),
            intro: "People, countries and organisations mentioned, with aliases merged (full name, surname, \"Mr X\", roles such as \"the Turkish president\"; capitals and demonyms count for their country).");
        report.AddTable("Actors (table)", top, maxRows: topActors);

        var documents = corpus.OrderByDate().ToList();
        if (documents.Count < 2) return;
        var people = analysis.Actors.Where(a => a.Kind == ActorKind.Person).Take(topActors).Select(a => a.Actor).ToList();
        if (people.Count == 0) return;
        var z = new double[people.Count, documents.Count];
        var row = people.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i);
        var column = documents.Select((d, i) => (d.Id, i)).ToDictionary(x => x.Id, x => x.i);
        foreach (var m in analysis.Mentions)
            if (row.TryGetValue(m.Actor, out var r) && column.TryGetValue(m.DocumentId, out var c))
                z[r, c]++;
        var labels = documents.Select(d => d.Date is { } date ? string.Create(CultureInfo.InvariantCulture, $"{date:yyyy-MM-dd} {d.Id}") : d.Id).ToList();
        report.AddChart("People by article",
            Chart.Heatmap(labels, people, z, diverging: false, colorbarTitle: "mentions"),
            intro: "How often each person is mentioned in each article (articles in date order).");
    }
}
