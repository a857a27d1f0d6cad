using System.CommandLine;
using NewsLens.Actors;
using NewsLens.Cli.Output;
using NewsLens.Stance;

namespace NewsLens.Cli.Commands;

/// <summary><c>newslens stance &lt;corpus&gt; --target ... --terms ...</c>: who is for or against a target, with evidence.</summary>
internal static class StanceCommand
{
    /// <summary>One row of the stance table (document level: Actor is empty).</summary>
    internal sealed record StanceRow(string Document, string? Actor, string Stance, double Confidence, double Score, string Evidence);

    /// <summary>A target from --target and --terms (comma-separated; default: the name itself).</summary>
    internal static StanceTarget Target(string name, string? terms) =>
        new(name, (terms ?? name).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    public static Command Create()
    {
        var command = new Command("stance", "Stance toward a target (favor, against, neutral) for each actor in each article, or each article as a whole, with the evidence sentences.");
        var loading = new CorpusLoading();
        loading.AddTo(command);
        var target = new Option<string>("--target") { Description = "The target's name, e.g. \"Turkey's S-400 purchase\".", Required = true };
        var terms = new Option<string>("--terms") { Description = "Comma-separated terms (phrases or globs) that identify the target, e.g. \"S-400,S-400s,missile defence system\". Default: the target name." };
        var by = new Option<string>("--by") { Description = "actor (one row per actor per article), document (one row per article) or sentence.", DefaultValueFactory = _ => "actor" };
        by.AcceptOnlyFromAmong("actor", "document", "sentence");
        var model = new Option<string?>("--model") { Description = "A stance model trained with 'newslens train stance' (default: the lexicon classifier, no training)." };
        var format = CommonOptions.Format();
        command.Add(target); command.Add(terms); command.Add(by); command.Add(model); command.Add(format);
        command.SetAction(parse => TermsCommands.Guard(parse, () =>
        {
            var error = parse.InvocationConfiguration.Error;
            var name = parse.GetRequiredValue(target);
            var stanceTarget = Target(name, parse.GetValue(terms));
            IStanceClassifier classifier;
            try
            {
                classifier = parse.GetValue(model) is { } path ? LinearStanceClassifier.Load(path) : LexiconStanceClassifier.Default;
            }
            catch (InvalidDataException e) { error.WriteLine($"error: {e.Message}"); return 1; }
            var corpus = loading.Load(parse, error);
            if (corpus is null) return 1;
            var resolver = ActorResolvers.FromAnalysis(new ActorRecognizer().Analyze(corpus));
            var analysis = StanceAnalyzer.Analyze(corpus, stanceTarget, classifier, resolver);
            if (analysis.Sentences.Count == 0)
                error.WriteLine($"note: no sentence mentions the target (terms: {string.Join(", ", stanceTarget.Terms.Select(t => $"\"{t}\""))}); " +
                                "give the words that name it with --terms, e.g. --terms \"S-400,S-400s,missile defence system\"");
            var fmt = parse.GetFormat(format);
            var output = parse.InvocationConfiguration.Output;
            static string Label(StanceLabel l) => l.ToString().ToLowerInvariant();
            switch (parse.GetValue(by))
            {
                case "sentence":
                    ResultWriter.Write(output, analysis.Sentences, fmt, $"Stance toward {name}: sentences");
                    break;
                case "document":
                    ResultWriter.Write(output, analysis.Documents.Select(d => new StanceRow(d.DocumentId, null, Label(d.Label), Math.Round(d.Confidence, 3), Math.Round(d.Score, 3), string.Join(" | ", d.Evidence))), fmt, $"Stance toward {name}: articles");
                    break;
                default:
                    ResultWriter.Write(output, analysis.Actors.Select(a => new StanceRow(a.DocumentId, a.Actor, Label(a.Label), Math.Round(a.Confidence, 3), Math.Round(a.Score, 3), string.Join(" | ", a.Evidence))), fmt, $"Stance toward {name}: actors");
                    break;
            }
            return 0;
        }));
        return command;
    }
}
