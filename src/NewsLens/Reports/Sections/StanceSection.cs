using NewsLens.Actors;
using NewsLens.Corpora;
using NewsLens.Stance;

namespace NewsLens.Reports.Sections;

/// <summary>Stance toward the report's target: an actor x article matrix (evidence on hover) and the article level.</summary>
internal static class StanceSection
{
    /// <summary>One row of the article stance table.</summary>
    internal sealed record ArticleStanceRow(string Document, string Stance, double Score, string Evidence);

    public static void Add(HtmlReport report, Corpus corpus, ActorAnalysis actors, StanceTarget target)
    {
        var resolver = ActorResolvers.FromAnalysis(actors);
        var analysis = StanceAnalyzer.Analyze(corpus, target, LexiconStanceClassifier.Default, resolver);
        if (analysis.Sentences.Count == 0)
        {
            report.AddSection($"Stance: {target.Name}", "<p>No sentence mentions the target's terms.</p>",
                intro: $"Terms: {string.Join(", ", target.Terms)}.");
            return;
        }
        var order = corpus.OrderByDate().Select(d => d.Id).ToList();
        if (analysis.Actors.Count > 0)
        {
            var matrix = StanceCharts.ActorMatrix(analysis, order);
            report.AddChart($"Stance: {target.Name}", matrix with { Layout = matrix.Layout with { Title = null } }, // the section heading says it
                intro: $"Each actor's stance toward {target.Name} in each article (terms: {string.Join(", ", target.Terms)}): blue for, red against; hover for the evidence. Own quotes weigh most, then reported speech. Lexicon classifier, no training.");
        }
        report.AddTable($"Stance of each article: {target.Name}",
            analysis.Documents.Select(d => new ArticleStanceRow(d.DocumentId, d.Label.ToString().ToLowerInvariant(), Math.Round(d.Score, 3), string.Join(" | ", d.Evidence.Take(2)))),
            maxRows: 100, intro: "The article as a whole: the outlet's own sentences weigh more than the people it quotes.");
    }
}
