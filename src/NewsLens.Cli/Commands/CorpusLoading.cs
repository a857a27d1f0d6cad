using System.CommandLine;
using NewsLens.Corpora;
using Spectre.Console;

namespace NewsLens.Cli.Commands;

/// <summary>
/// Loads a corpus for a command: the shared options (--strict, --text-column, --no-clean), a
/// progress bar on stderr when it is a terminal, and load errors turned into a message and exit code.
/// </summary>
internal sealed class CorpusLoading
{
    public Argument<string> Path { get; } = new("path") { Description = "A file or a folder of articles (.txt, .md, .json, .jsonl, .csv, .html, optionally .gz)." };
    public Option<bool> Strict { get; } = Output.CommonOptions.Strict();
    public Option<string> TextColumn { get; } = Output.CommonOptions.TextColumn();
    public Option<bool> NoClean { get; } = Output.CommonOptions.NoClean();

    /// <summary>Adds the path argument and the loading options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Add(Path);
        command.Add(Strict);
        command.Add(TextColumn);
        command.Add(NoClean);
    }

    /// <summary>Loads the corpus named on the command line; on failure writes the error and returns null.</summary>
    public Corpus? Load(ParseResult parse, TextWriter error)
    {
        var path = parse.GetRequiredValue(Path);
        var options = new CorpusLoadOptions
        {
            Strict = parse.GetValue(Strict),
            Clean = !parse.GetValue(NoClean),
            TextColumn = parse.GetValue(TextColumn) ?? "text",
        };
        try
        {
            if (ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected)
                return LoadWithProgress(path, options);
            return Corpus.Load(path, options);
        }
        catch (CorpusLoadException e)
        {
            error.WriteLine($"error: {e.Message}");
            return null;
        }
        catch (ArgumentException e)
        {
            error.WriteLine($"error: {e.Message}");
            return null;
        }
    }

    private static Corpus LoadWithProgress(string path, CorpusLoadOptions options)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        Corpus? corpus = null;
        console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask("loading", maxValue: 1);
                var progress = new SynchronousProgress<LoadProgress>(p =>
                {
                    task.MaxValue = Math.Max(1, p.FilesTotal);
                    task.Value = p.FilesDone;
                    task.Description = Markup.Escape(System.IO.Path.GetFileName(p.CurrentFile));
                });
                corpus = Corpus.Load(path, options with { Progress = progress });
                task.Value = task.MaxValue;
            });
        return corpus!;
    }

    /// <summary>An IProgress that reports on the calling thread (Progress&lt;T&gt; posts to the thread pool).</summary>
    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
