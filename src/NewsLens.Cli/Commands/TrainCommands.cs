using System.CommandLine;
using NewsLens.Sentiment.Targeted;
using NewsLens.Stance;

namespace NewsLens.Cli.Commands;

/// <summary><c>newslens train ...</c>: reproducible training of the supervised models (fixed seed).</summary>
internal static class TrainCommands
{
    public static Command Create()
    {
        var train = new Command("train", "Train a model on labelled data: target-sentiment (NewsMTSC format) or stance (jsonl with target, text, label).");
        train.Add(Make("target-sentiment", "Train the target-dependent sentiment model on NewsMTSC-format .jsonl (the shipped model: ../shared/eval/newsmtsc/train.jsonl, seed 1).",
            (data, output, seed) => { TargetSentimentTraining.Run(data, output, seed); return $"wrote {output}"; }));
        train.Add(Make("stance", "Train the linear stance model on .jsonl lines {\"target\",\"text\",\"label\"} (e.g. ../shared/eval/stance/perspectrum_train.jsonl).",
            (data, output, seed) => StanceTraining.Run(data, output, seed)));
        return train;
    }

    private static Command Make(string name, string description, Func<string, string, int, string> run)
    {
        var command = new Command(name, description);
        var data = new Option<string>("--data") { Description = "Training data.", Required = true };
        var output = new Option<string>("--out", "-o") { Description = "Where to write the model (JSON; .gz compresses it).", Required = true };
        var seed = new Option<int>("--seed") { Description = "Random seed (same seed, same model).", DefaultValueFactory = _ => 1 };
        command.Add(data); command.Add(output); command.Add(seed);
        command.SetAction(parse =>
        {
            try
            {
                parse.InvocationConfiguration.Output.WriteLine(run(parse.GetRequiredValue(data), parse.GetRequiredValue(output), parse.GetValue(seed)));
                return 0;
            }
            catch (Exception e) when (e is FormatException or InvalidDataException or FileNotFoundException or DirectoryNotFoundException or ArgumentException)
            {
                parse.InvocationConfiguration.Error.WriteLine($"error: {e.Message}");
                return 1;
            }
        });
        return command;
    }
}
