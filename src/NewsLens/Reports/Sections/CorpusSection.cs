using NewsLens.Corpora;

namespace NewsLens.Reports.Sections;

/// <summary>The report's first sections: what was loaded, what was skipped and what was cleaned.</summary>
internal static class CorpusSection
{
    /// <summary>One row of the documents table.</summary>
    internal sealed record DocumentRow(string Id, string? Title, DateTime? Date, string? Outlet, int RemovedLines);

    /// <summary>The one-row summary table.</summary>
    internal sealed record SummaryRow(int Documents, long Tokens, DateTime? FirstDate, DateTime? LastDate, int UndatedDocuments, int FilesSkipped, int LinesRemoved);

    public static void Add(HtmlReport report, Corpus corpus, CorpusSummary summary)
    {
        report.AddTable("Corpus", [new SummaryRow(summary.Documents, summary.Tokens, summary.FirstDate, summary.LastDate,
                summary.UndatedDocuments, corpus.Report.Skipped, corpus.Report.Cleaning.Count)],
            intro: "What was loaded. Tokens are word and number tokens (punctuation not counted).");
        if (summary.Outlets.Count > 0)
            report.AddTable("Outlets", summary.Outlets, maxRows: 50);
        var removed = corpus.Report.Cleaning.GroupBy(c => c.DocumentId).ToDictionary(g => g.Key, g => g.Count());
        report.AddTable("Documents", corpus.OrderByDate().Select(d => new DocumentRow(d.Id, d.Title, d.Date, d.Outlet, removed.GetValueOrDefault(d.Id))),
            maxRows: 100);
        var problems = corpus.Report.Entries.Where(e => e.Status != LoadStatus.Loaded).ToList();
        report.AddTable("Load report", problems.Count > 0 ? problems : corpus.Report.Entries, maxRows: 200,
            intro: problems.Count > 0
                ? $"{problems.Count} files or records were skipped or loaded with a warning; each is listed with the reason."
                : "Every file loaded without a problem.");
        report.AddTable("Cleaning report", corpus.Report.Cleaning, maxRows: 500,
            intro: corpus.Report.Cleaning.Count > 0
                ? $"{corpus.Report.Cleaning.Count} boilerplate lines (share buttons, comment forms, promotions, link lists, lines repeated across an outlet's articles) were removed; each is listed with the rule that removed it."
                : "No boilerplate lines were found.");
    }
}
