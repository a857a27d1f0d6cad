using System.CommandLine;
using NewsLens.Cli.Output;
using NewsLens.Sentiment;

namespace NewsLens.Cli.Commands;

/// <summary><c>newslens sentiment &lt;corpus&gt;</c>: how each actor is portrayed (target-dependent sentiment per mention, aggregated).</summary>
internal static class SentimentCommand
{
    public static Command Create()
    {
        var command = new Command("sentiment", "How each actor is portrayed: the sentiment of each sentence toward each actor it mentions, averaged per actor, per document or per group of documents. Mentions inside the actor's own quotations are not counted.");
        var loading = new CorpusLoading();
        loading.AddTo(command);
        var by = new Option<string>("--by") { Description = "actor (one row per actor), document (per actor and document), or a document field: outlet, month, year or any metadata field.", DefaultValueFactory = _ => "actor" };
        var minMentions = new Option<int>("--min-mentions") { Description = "Leave out rows with fewer mentions (≥ 1).", DefaultValueFactory = _ => 1 };
        minMentions.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1) r.AddError("--min-mentions must be 1 or more.");
        });
        var format = CommonOptions.Format();
        command.Add(by); command.Add(minMentions); command.Add(format);
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            var corpus = loading.Load(parse, error);
            if (corpus is null) return 1;
            var result = ActorSentimentAnalysis.Run(corpus);
            var fmt = parse.GetFormat(format);
            var output = parse.InvocationConfiguration.Output;
            var min = parse.GetValue(minMentions);
            var field = (parse.GetValue(by) ?? "actor").Trim();
            switch (field.ToLowerInvariant())
            {
                case "actor":
                    ResultWriter.Write(output, result.Overall(min), fmt, "Sentiment toward actors");
                    break;
                case "document":
                    ResultWriter.Write(output, result.ByDocument(min), fmt, "Sentiment toward actors per document");
                    break;
                default:
                    try
                    {
                        ResultWriter.Write(output, result.By(field, min), fmt, $"Sentiment toward actors by {field}");
                    }
                    catch (ArgumentException e)
                    {
                        error.WriteLine($"error: --by {field}: {e.Message.Split(" (Parameter")[0]} Or use --by actor or --by document.");
                        return 1;
                    }
                    break;
            }
            return 0;
        });
        return command;
    }
}
