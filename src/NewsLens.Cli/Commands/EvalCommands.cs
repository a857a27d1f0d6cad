using System.CommandLine;
using NewsLens.Actors;
using NewsLens.Cli.Output;
using NewsLens.Evaluation;
using NewsLens.Sentiment;
using NewsLens.Sentiment.Targeted;
using NewsLens.Stance;

namespace NewsLens.Cli.Commands;

/// <summary>
/// <c>newslens eval ...</c>: measure the models on labelled data (ours in ../shared, or the user's own
/// in the same format). Each prints its confusion matrix or table and ends with a one-line summary.
/// </summary>
internal static class EvalCommands
{
    public static Command Create()
    {
        var eval = new Command("eval", "Measure NewsLens's models on labelled data: sentence-sentiment, doc-sentiment, target-sentiment, stance, actors.");
        eval.Add(SentenceSentiment());
        eval.Add(DocSentiment());
        eval.Add(Actors());
        eval.Add(TargetSentiment());
        eval.Add(StanceEval());
        return eval;
    }

    private static Option<string> Data(string description) => new("--data") { Description = description, Required = true };

    private static Option<string> Lexicon()
    {
        var option = new Option<string>("--lexicon") { Description = "Sentiment lexicon: vader, afinn or huliu.", DefaultValueFactory = _ => "vader" };
        option.AcceptOnlyFromAmong("vader", "afinn", "huliu");
        return option;
    }

    private static SentimentAnalyzer Analyzer(string lexicon) => lexicon switch
    {
        "afinn" => new SentimentAnalyzer(SentimentLexicon.Afinn),
        "huliu" => new SentimentAnalyzer(SentimentLexicon.HuLiu),
        _ => SentimentAnalyzer.Vader,
    };

    /// <summary>Runs an evaluation, turning data errors into a message naming the file and line, and exit code 1.</summary>
    private static int Run(ParseResult parse, Func<string> evaluation)
    {
        try
        {
            parse.InvocationConfiguration.Output.WriteLine(evaluation());
            return 0;
        }
        catch (Exception e) when (e is FormatException or InvalidDataException or FileNotFoundException or DirectoryNotFoundException or ArgumentException)
        {
            parse.InvocationConfiguration.Error.WriteLine($"error: {e.Message}");
            return 1;
        }
    }

    private static Command SentenceSentiment()
    {
        var command = new Command("sentence-sentiment", "Sentence sentiment against VADER-format ground truth (id TAB mean rating -4..4 TAB text): confusion matrix, then 'pearson=<r> f1=<macro-F1> n=<sentences>'.");
        var data = Data("Ground-truth file, e.g. ../shared/eval/vader/tweets_GroundTruth.txt.");
        var lexicon = Lexicon();
        command.Add(data); command.Add(lexicon);
        command.SetAction(parse => Run(parse, () =>
            SentenceSentimentEvaluation.Run(parse.GetRequiredValue(data), Analyzer(parse.GetValue(lexicon)!)).ToString()));
        return command;
    }

    private static Command DocSentiment()
    {
        var command = new Command("doc-sentiment", "Document sentiment against PerSenT-format data (.csv with DOCUMENT and TRUE_SENTIMENT): confusion matrix, then 'F1m=<macro-F1> accuracy=<acc> n=<documents>'.");
        var data = Data("PerSenT-format .csv, e.g. ../shared/eval/persent/dev.csv.");
        var lexicon = Lexicon();
        command.Add(data); command.Add(lexicon);
        command.SetAction(parse => Run(parse, () =>
            DocumentSentimentEvaluation.Run(parse.GetRequiredValue(data), Analyzer(parse.GetValue(lexicon)!)).ToString()));
        return command;
    }

    private static Command Actors()
    {
        var command = new Command("actors", "Actor recognition against re3d annotations (a folder with documents.json and entities.json per subset): precision, recall and F1 per kind, exact and overlapping spans.");
        var data = Data("The re3d folder, e.g. ../shared/eval/re3d.");
        var format = CommonOptions.Format();
        command.Add(data); command.Add(format);
        command.SetAction(parse =>
        {
            try
            {
                var scores = ActorRecognitionEvaluation.Run(parse.GetRequiredValue(data));
                ResultWriter.Write(parse.InvocationConfiguration.Output, scores, parse.GetFormat(format), "Actor recognition on re3d");
                var all = scores.Where(s => s.Subset == "all" && s.Match == "overlap").ToList();
                var line = string.Join(" ", all.Select(s => FormattableString.Invariant($"{s.Kind}F1={s.F1:0.000}")));
                if (parse.GetFormat(format) == OutputFormat.Table && all.Count > 0)
                    parse.InvocationConfiguration.Output.WriteLine(line);
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

    private static Command TargetSentiment()
    {
        var command = new Command("target-sentiment", "Target-dependent sentiment against NewsMTSC-format .jsonl: confusion matrix, per-class F1, then 'F1m=<macro-F1> accuracy=<acc> n=<targets>'.");
        var data = Data("NewsMTSC-format .jsonl, e.g. ../shared/eval/newsmtsc/devtest_mt.jsonl.");
        var model = new Option<string?>("--model") { Description = "A model from 'newslens train target-sentiment' (default: the shipped model)." };
        var rules = new Option<bool>("--rules") { Description = "Evaluate the rule baseline instead of the trained model." };
        command.Add(data); command.Add(model); command.Add(rules);
        command.SetAction(parse => Run(parse, () =>
        {
            ITargetSentimentClassifier classifier = parse.GetValue(rules) ? RuleTargetSentiment.Instance
                : parse.GetValue(model) is { } path ? TargetSentimentModel.Load(path) : TargetSentimentModel.Default;
            return TargetSentimentEvaluation.Run(classifier, parse.GetRequiredValue(data)).ToString();
        }));
        return command;
    }

    private static Command StanceEval()
    {
        var command = new Command("stance", "Stance against .jsonl lines {\"target\",\"text\",\"label\"}: confusion matrix, then 'F1m=<macro-F1> accuracy=<acc> n=<items>'.");
        var data = Data("Stance .jsonl, e.g. ../shared/eval/stance/perspectrum_dev.jsonl.");
        var model = new Option<string?>("--model") { Description = "A model from 'newslens train stance' (default: the lexicon classifier, zero-shot)." };
        command.Add(data); command.Add(model);
        command.SetAction(parse => Run(parse, () =>
        {
            IStanceClassifier classifier = parse.GetValue(model) is { } path ? LinearStanceClassifier.Load(path) : LexiconStanceClassifier.Default;
            return StanceEvaluation.Run(classifier, parse.GetRequiredValue(data)).ToString();
        }));
        return command;
    }
}
