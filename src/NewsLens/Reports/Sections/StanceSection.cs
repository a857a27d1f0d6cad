using NewsLens.Actors;
using NewsLens.Charts;
using NewsLens.Corpora;
using NewsLens.Stance;

namespace NewsLens.Reports.Sections;

/// <summary>Stance toward the report's target: an actor x article matrix (evidence on hover) and the article level.</summary>
internal static class StanceSection
{
    /// <summary>One row of the article stance table.</summary>
    internal sealed record ArticleStanceRow(string Document, string Stance, double Score, string Evidence);

    public static void Add(HtmlReport report, Corpus corpus, StanceTarget target)
    {
        var resolver = ActorResolvers.FromAnalysis(new ActorRecognizer().Analyze(corpus));
        var analysis = StanceAnalyzer.Analyze(corpus, target, LexiconStanceClassifier.Default, resolver);
        if (analysis.Sentences.Count == 0)
        {
            report.AddSection($"Stance: {target.Name}", "<p>No sentence mentions the target's terms.</p>",
                intro: $"Terms: {string.Join(", ", target.Terms)}.");
            return;
        }
        var documents = corpus.OrderByDate().Select(d => d.Id).Where(id => analysis.Actors.Any(a => a.DocumentId == id)).ToList();
        var actors = analysis.Actors.GroupBy(a => a.Actor).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).Take(25).ToList();
        if (documents.Count > 0 && actors.Count > 0)
        {
            var z = new double[actors.Count, documents.Count];
            var hover = new string?[actors.Count, documents.Count];
            for (int i = 0; i < actors.Count; i++)
                for (int j = 0; j < documents.Count; j++)
                {
                    z[i, j] = double.NaN;
                    var cell = analysis.Actors.FirstOrDefault(a => a.Actor == actors[i] && a.DocumentId == documents[j]);
                    if (cell is null) continue;
                    z[i, j] = cell.Score;
                    hover[i, j] = $"{cell.Actor}: {cell.Label.ToString().ToLowerInvariant()} ({cell.Score:0.00}): {Shorten(cell.Evidence.FirstOrDefault())}";
                }
            report.AddChart($"Stance: {target.Name}",
                Chart.Heatmap(documents, actors, z, hoverText: hover, colorbarTitle: "against  ←  →  favor"),
                intro: $"Each actor's stance toward {target.Name} in each article (terms: {string.Join(", ", target.Terms)}): blue for, red against; hover for the evidence. Own quotes weigh most, then reported speech. Lexicon classifier, no training.");
        }
        report.AddTable($"Stance of each article: {target.Name}",
            analysis.Documents.Select(d => new ArticleStanceRow(d.DocumentId, d.Label.ToString().ToLowerInvariant(), Math.Round(d.Score, 3), string.Join(" | ", d.Evidence.Take(2)))),
            maxRows: 100, intro: "The article as a whole: the outlet's own sentences weigh more than the people it quotes.");
    }

    private static string Shorten(string? text) =>
        text is null ? "" : text.Length <= 160 ? text : text[..157] + "…";
}
