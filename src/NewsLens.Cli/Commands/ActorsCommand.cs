using System.CommandLine;
using NewsLens.Actors;
using NewsLens.Cli.Output;

namespace NewsLens.Cli.Commands;

/// <summary><c>newslens actors &lt;corpus&gt;</c>: who is mentioned, with aliases merged.</summary>
internal static class ActorsCommand
{
    public static Command Create()
    {
        var command = new Command("actors", "Who is mentioned: people, countries and organisations with aliases merged (\"Recep Tayyip Erdogan\" = \"Mr Erdogan\" = \"the Turkish president\"), with mention and document counts.");
        var loading = new CorpusLoading();
        loading.AddTo(command);
        var actorsFile = new ActorsFileOption();
        actorsFile.AddTo(command);
        var show = new Option<string>("--show") { Description = "actors (one row per actor) or mentions (one row per mention).", DefaultValueFactory = _ => "actors" };
        show.AcceptOnlyFromAmong("actors", "mentions");
        var kind = new Option<ActorKind?>("--kind") { Description = "Only this kind: Person, Country or Organisation." };
        var top = new Option<int>("--top") { Description = "Show the first N actors (0 = all).", DefaultValueFactory = _ => 0 };
        var format = CommonOptions.Format();
        command.Add(show); command.Add(kind); command.Add(top); command.Add(format);
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            if (actorsFile.Load(parse, error) is not { } dictionary) return 1;
            var corpus = loading.Load(parse, error);
            if (corpus is null) return 1;
            var analysis = new ActorRecognizer(dictionary).Analyze(corpus);
            var only = parse.GetValue(kind);
            var fmt = parse.GetFormat(format);
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(show) == "mentions")
            {
                ResultWriter.Write(output, analysis.Mentions.Where(m => only is null || m.Kind == only), fmt, "Actor mentions");
            }
            else
            {
                var rows = analysis.Actors.Where(a => only is null || a.Kind == only);
                var n = parse.GetValue(top);
                ResultWriter.Write(output, n > 0 ? rows.Take(n) : rows, fmt, "Actors");
            }
            return 0;
        });
        return command;
    }
}
