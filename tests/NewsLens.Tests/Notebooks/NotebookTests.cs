using System.Diagnostics;
using System.Text.Json.Nodes;
using NewsLens.Tests.NotebookRunner;
using Xunit.Abstractions;

namespace NewsLens.Tests.Notebooks;

/// <summary>
/// The notebooks in notebooks/ run cell by cell (as the .NET Interactive C# kernel runs them) without a compile or
/// run error, every cell meant to show something shows text/html, and the files carry the kernel metadata of
/// the C# kernel. With NEWSLENS_UPDATE_NOTEBOOKS=1 the outputs are written back into the .ipynb files so the
/// committed notebooks show their results. The file-based twins (notebooks/*.cs) run with <c>dotnet run</c>
/// when CI or NEWSLENS_RUN_TWINS=1 is set.
/// </summary>
[Collection(CurrentDirectoryCollection.Name)]
public class NotebookTests(ITestOutputHelper output)
{
    private static readonly string Folder = SharedData.Repo("notebooks");

    private static bool Updating => Environment.GetEnvironmentVariable("NEWSLENS_UPDATE_NOTEBOOKS") == "1";

    /// <summary>Every notebook in notebooks/.</summary>
    public static TheoryData<string> Notebooks()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(Folder, "*.ipynb").Order(StringComparer.Ordinal)) data.Add(Path.GetFileName(path));
        return data;
    }

    [Fact]
    public void Every_notebook_and_its_twin_exist()
    {
        foreach (var name in new[] { "01-corpus-and-terms", "02-actors-and-sentiment", "03-stance", "04-topics-and-drift" })
        {
            Assert.True(File.Exists(Path.Combine(Folder, name + ".ipynb")), $"notebooks/{name}.ipynb is missing");
            var twin = File.ReadAllLines(Path.Combine(Folder, name + ".cs"));
            Assert.Equal("#:project ../src/NewsLens/NewsLens.csproj", twin[0]);
            Assert.Equal("#:property PublishAot=false", twin[1]);
        }
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Notebook_has_the_csharp_kernel_metadata(string name)
    {
        var root = JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, name)))!;
        Assert.Equal(4, (int?)root["nbformat"]);
        Assert.Equal(5, (int?)root["nbformat_minor"]);
        var meta = root["metadata"]!;
        Assert.Equal(".net-csharp", (string?)meta["kernelspec"]?["name"]);
        Assert.Equal(".NET (C#)", (string?)meta["kernelspec"]?["display_name"]);
        Assert.Equal("C#", (string?)meta["kernelspec"]?["language"]);
        Assert.Equal("polyglot-notebook", (string?)meta["language_info"]?["name"]);
        Assert.Equal("csharp", (string?)meta["polyglot_notebook"]?["kernelInfo"]?["defaultKernelName"]);
        Assert.Contains(meta["polyglot_notebook"]!["kernelInfo"]!["items"]!.AsArray(), i => (string?)i?["name"] == "csharp");
        var codeCells = root["cells"]!.AsArray().Where(c => (string?)c!["cell_type"] == "code").ToList();
        Assert.NotEmpty(codeCells);
        foreach (var cell in codeCells)
        {
            Assert.Equal("csharp", (string?)cell!["metadata"]?["dotnet_interactive"]?["language"]);
            Assert.Equal("csharp", (string?)cell["metadata"]?["polyglot_notebook"]?["kernelName"]);
        }
        var first = string.Concat(codeCells[0]!["source"]!.AsArray().Select(l => (string?)l));
        Assert.Contains("#i \"nuget: ../artifacts/packages\"", first);
        Assert.Contains("#r \"nuget: NewsLens, *-*\"", first);
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task Notebook_runs_and_every_display_cell_shows_html(string name)
    {
        var path = Path.Combine(Folder, name);
        var notebook = NotebookFile.Read(path);
        var runs = await NotebookExecutor.RunAsync(notebook, [typeof(NewsLens.Corpora.Document).Assembly]);

        var displaying = runs.Where(r => r.ShouldDisplay).ToList();
        Assert.True(displaying.Count >= 5, $"{name}: only {displaying.Count} cells show a result");
        foreach (var run in displaying)
            Assert.True(run.Outputs.Any(o => o.ContainsKey("text/html")),
                $"{name}, cell {run.Cell.Index + 1} shows no text/html: {string.Join(" | ", run.Outputs.SelectMany(o => o.Keys))}");

        if (Updating)
        {
            var count = 0;
            foreach (var run in runs) notebook.SetOutputs(run.Cell, run.Outputs, ++count);
            notebook.Save();
            output.WriteLine($"wrote the outputs of {runs.Count} cells into {path}");
            return;
        }
        // The committed notebook shows its results (run with NEWSLENS_UPDATE_NOTEBOOKS=1 to refresh them).
        foreach (var run in displaying)
        {
            var outputs = run.Cell.Node["outputs"] as JsonArray;
            Assert.True(outputs is { Count: > 0 } && outputs.Any(o => o?["data"]?["text/html"] is not null),
                $"{name}, cell {run.Cell.Index + 1} has no saved text/html output; run the tests with NEWSLENS_UPDATE_NOTEBOOKS=1");
        }
    }

    public static TheoryData<string, string[]> Twins() => new()
    {
        { "01-corpus-and-terms.cs", ["01-outlets.html", "01-top-terms.html", "01-keyness.html", "01-collocations.html"] },
        { "02-actors-and-sentiment.cs", ["02-actors.html", "02-people-by-article.html", "02-document-sentiment.html", "02-actor-sentiment.html"] },
        { "03-stance.cs", ["03-stance-by-article.html"] },
        { "04-topics-and-drift.cs", ["04-topic-shares.html", "04-topic-drift.html"] },
    };

    [Theory]
    [MemberData(nameof(Twins))]
    public async Task Twin_runs_and_writes_its_charts(string file, string[] charts)
    {
        if (Environment.GetEnvironmentVariable("CI") is null && Environment.GetEnvironmentVariable("NEWSLENS_RUN_TWINS") != "1")
        {
            output.WriteLine($"skipped: running {file} with dotnet run takes a while; set CI or NEWSLENS_RUN_TWINS=1 to run it");
            return;
        }
        var outDir = Path.Combine(Path.GetTempPath(), $"newslens-twin-{Guid.NewGuid():N}");
        try
        {
            var start = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = SharedData.RepoRoot,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var arg in new[] { "run", Path.Combine("notebooks", file), "--", outDir }) start.ArgumentList.Add(arg);
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(10));
            try { await process.WaitForExitAsync(timeout.Token); }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"dotnet run {file} did not finish in 10 minutes");
            }
            var log = await stdout + await stderr;
            Assert.True(process.ExitCode == 0, $"dotnet run {file} exited with {process.ExitCode}:\n{log}");
            foreach (var chart in charts)
            {
                var path = Path.Combine(outDir, chart);
                Assert.True(File.Exists(path), $"{file} wrote no {chart}:\n{log}");
                Assert.Contains("Plotly.newPlot(", File.ReadAllText(path));
            }
        }
        finally
        {
            if (Directory.Exists(outDir)) Directory.Delete(outDir, recursive: true);
        }
    }
}
