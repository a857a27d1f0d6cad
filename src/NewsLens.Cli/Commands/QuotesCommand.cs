using System.CommandLine;
using NewsLens.Actors;
using NewsLens.Cli.Output;

namespace NewsLens.Cli.Commands;

/// <summary><c>newslens quotes &lt;corpus&gt;</c>: who said what (direct quotations and reported speech).</summary>
internal static class QuotesCommand
{
    public static Command Create()
    {
        var command = new Command("quotes", "Who said what: direct quotations (also over several paragraphs) and reported speech (\"X said that ...\", \"according to X\"), with the speaker mapped to a recognised actor.");
        var loading = new CorpusLoading();
        loading.AddTo(command);
        var actorsFile = new ActorsFileOption();
        actorsFile.AddTo(command);
        var kind = new Option<string>("--kind") { Description = "all, direct or reported.", DefaultValueFactory = _ => "all" };
        kind.AcceptOnlyFromAmong("all", "direct", "reported");
        var format = CommonOptions.Format();
        command.Add(kind); command.Add(format);
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            if (actorsFile.Load(parse, error) is not { } dictionary) return 1;
            var corpus = loading.Load(parse, error);
            if (corpus is null) return 1;
            var only = parse.GetValue(kind) ?? "all";
            // One corpus-wide actor analysis (surnames resolved across articles), as the report and `actors` use.
            var actors = new ActorRecognizer(dictionary).Analyze(corpus);
            var rows = QuoteExtraction.Find(corpus, actors, dictionary).Where(q => only == "all" || q.Kind == only);
            ResultWriter.Write(parse.InvocationConfiguration.Output, rows, parse.GetFormat(format), "Quotes");
            return 0;
        });
        return command;
    }
}
