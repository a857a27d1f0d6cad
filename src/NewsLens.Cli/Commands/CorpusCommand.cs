using System.CommandLine;
using System.Text.Json;
using NewsLens.Cli.Output;
using NewsLens.Corpora;

namespace NewsLens.Cli.Commands;

/// <summary><c>newslens corpus &lt;path&gt;</c>: the corpus summary and the load and cleaning report.</summary>
internal static class CorpusCommand
{
    private static readonly string[] Sections = ["summary", "outlets", "documents", "load", "cleaning"];

    public static Command Create()
    {
        var command = new Command("corpus", "Load a corpus and show its summary, the per-outlet counts, the load report (every file: loaded, skipped, and why) and the cleaning report (every removed line).");
        var loading = new CorpusLoading();
        loading.AddTo(command);
        var format = CommonOptions.Format();
        var section = new Option<string?>("--section")
        {
            Description = "Show only one table: summary, outlets, documents, load or cleaning (csv shows 'documents' unless this is given).",
        };
        section.AcceptOnlyFromAmong(Sections);
        command.Add(format);
        command.Add(section);
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var corpus = loading.Load(parse, parse.InvocationConfiguration.Error);
            if (corpus is null) return 1;
            var fmt = parse.GetFormat(format);
            var only = parse.GetValue(section) ?? (fmt == OutputFormat.Csv ? "documents" : null);
            Write(output, corpus, fmt, only);
            return 0;
        });
        return command;
    }

    /// <summary>The rows of the 'documents' table: one per loaded document.</summary>
    internal sealed record DocumentRow(string Id, string? Title, DateTime? Date, string? Outlet, int Characters, int RemovedLines);

    private static void Write(TextWriter output, Corpus corpus, OutputFormat format, string? only)
    {
        var summary = corpus.Summary();
        var removed = corpus.Report.Cleaning.GroupBy(c => c.DocumentId).ToDictionary(g => g.Key, g => g.Count());
        var documents = corpus.Select(d => new DocumentRow(d.Id, d.Title, d.Date, d.Outlet, d.Text.Length,
            removed.GetValueOrDefault(d.Id))).ToList();
        var summaryRow = new[]
        {
            new { summary.Documents, summary.Tokens, summary.FirstDate, summary.LastDate, summary.UndatedDocuments,
                  Loaded = corpus.Report.Loaded, Skipped = corpus.Report.Skipped, RemovedLines = corpus.Report.Cleaning.Count },
        };
        if (format == OutputFormat.Json && only is null)
        {
            var all = new
            {
                summary = summaryRow[0],
                outlets = summary.Outlets,
                documents,
                load = corpus.Report.Entries,
                cleaning = corpus.Report.Cleaning,
            };
            output.WriteLine(JsonRows.Serialize(all));
            return;
        }
        bool Show(string s) => only is null || only == s;
        if (Show("summary")) ResultWriter.Write(output, summaryRow, format, "Corpus");
        if (Show("outlets")) ResultWriter.Write(output, summary.Outlets, format, "Outlets");
        if (Show("documents")) ResultWriter.Write(output, documents, format, "Documents");
        if (Show("load")) ResultWriter.Write(output, corpus.Report.Entries, format, "Load report");
        if (Show("cleaning")) ResultWriter.Write(output, corpus.Report.Cleaning, format, "Cleaning report");
    }
}
