using System.CommandLine;
using NewsLens.Charts;
using NewsLens.Reports;

namespace NewsLens.Cli.Commands;

/// <summary><c>newslens report &lt;path&gt; --out report.html</c>: the stand-alone HTML report.</summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var command = new Command("report", "Write a stand-alone HTML report: corpus summary and cleaning report, top terms and keyness by outlet, actors, sentiment, stance (with --target), topics and drift (large corpora).");
        var loading = new CorpusLoading();
        loading.AddTo(command);
        var output = new Option<string>("--out", "-o")
        {
            Description = "The HTML file to write.",
            DefaultValueFactory = _ => "report.html",
        };
        var offline = new Option<bool>("--offline")
        {
            Description = "Inline plotly.js so the report works without a network (needs scripts/install-plotly.sh once).",
        };
        var title = new Option<string?>("--title") { Description = "Report title." };
        var keynessBy = new Option<string>("--keyness-by")
        {
            Description = "Metadata field whose groups are compared by keyness (outlet, year, month or any field).",
            DefaultValueFactory = _ => "outlet",
        };
        var target = new Option<string?>("--target") { Description = "Add a stance section for this target, e.g. \"Turkey's S-400 purchase\"." };
        var terms = new Option<string?>("--terms") { Description = "Comma-separated terms identifying the stance target (default: the target name)." };
        command.Add(target);
        command.Add(terms);
        command.Add(output);
        command.Add(offline);
        command.Add(title);
        command.Add(keynessBy);
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            PlotlyScript script;
            try
            {
                script = parse.GetValue(offline) ? PlotlyScript.OfflineFromRepository() : PlotlyScript.Cdn;
            }
            catch (Exception e) when (e is FileNotFoundException or InvalidOperationException or DirectoryNotFoundException)
            {
                error.WriteLine($"error: {e.Message}");
                return 1;
            }
            var corpus = loading.Load(parse, error);
            if (corpus is null) return 1;
            var path = parse.GetValue(output)!;
            HtmlReport report;
            NewsReportOptions options;
            try
            {
                options = new NewsReportOptions
                {
                    Title = parse.GetValue(title) ?? $"NewsLens report: {Path.GetFileName(Path.GetFullPath(parse.GetRequiredValue(loading.Path)).TrimEnd(Path.DirectorySeparatorChar))}",
                    KeynessField = parse.GetValue(keynessBy)!,
                    Generated = DateTime.UtcNow,
                    StanceTarget = parse.GetValue(target) is { } name ? StanceCommand.Target(name, parse.GetValue(terms)) : null,
                };
                report = NewsReport.Build(corpus, options);
            }
            catch (ArgumentException e)
            {
                error.WriteLine($"error: {e.Message}");
                return 1;
            }
            var directory = Path.GetDirectoryName(Path.GetFullPath(path));
            if (directory is not null) Directory.CreateDirectory(directory);
            report.Save(path, script, options.Generated);
            parse.InvocationConfiguration.Output.WriteLine(
                $"wrote {path}: {report.SectionCount} sections on {corpus.Count} documents ({corpus.Report.Skipped} skipped, {corpus.Report.Cleaning.Count} boilerplate lines removed)");
            return 0;
        });
        return command;
    }
}
