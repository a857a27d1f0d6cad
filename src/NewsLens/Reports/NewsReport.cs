using NewsLens.Actors;
using NewsLens.Corpora;
using NewsLens.Reports.Sections;
using NewsLens.Terms;
using NewsLens.Text;

namespace NewsLens.Reports;

/// <summary>
/// The stand-alone HTML report on a corpus: the corpus summary and the load and cleaning report,
/// then one section per capability whose data allows it (top terms and keyness by outlet,
/// sentiment per document, ...). Each capability adds its section in <c>Reports/Sections/</c>.
/// </summary>
public static class NewsReport
{
    /// <summary>Builds the report for <paramref name="corpus"/>; render it with <see cref="HtmlReport.Render"/> or save it with <see cref="HtmlReport.Save"/>.</summary>
    public static HtmlReport Build(Corpus corpus, NewsReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        options = (options ?? new NewsReportOptions()).Validate();
        var report = new HtmlReport(options.Title ?? "NewsLens report");
        var summary = corpus.Summary();
        CorpusSection.Add(report, corpus, summary);
        if (corpus.Count == 0) return report;

        var dfm = DocumentFeatureMatrix.From(corpus, new TokenizerOptions { Stopwords = Stopwords.English, RemoveNumbers = true, MinLength = 2 },
            new DfmBuildOptions(Environment.ProcessorCount));
        TermsSection.Add(report, dfm, options);
        var actors = new ActorRecognizer().Analyze(corpus); // shared by the actors and stance sections
        ActorsSection.Add(report, corpus, actors, options.TopActors);
        ActorSentimentSection.Add(report, corpus, actors, options.TopActors);
        SentimentSection.Add(report, corpus);
        if (options.StanceTarget is { } target) StanceSection.Add(report, corpus, actors, target);
        TopicsSection.Add(report, corpus, summary.Tokens);
        return report;
    }
}
