#:project ../../src/NewsLens/NewsLens.csproj
#:property PublishAot=false
// Reproduces the figures in docs/accuracy.md without the CLI or the test suite:
//   dotnet run tests/reference/sentiment_eval.cs -- ../shared/eval/vader/tweets_GroundTruth.txt
// A .csv argument is evaluated as PerSenT (document level); anything else as a VADER ground-truth file.
// Optional second argument: vader (default), afinn or huliu.
using NewsLens.Evaluation;
using NewsLens.Sentiment;

if (args.Length == 0) { Console.Error.WriteLine("usage: dotnet run tests/reference/sentiment_eval.cs -- <file> [vader|afinn|huliu]"); return 2; }
var lexicon = (args.Length > 1 ? args[1] : "vader").ToLowerInvariant() switch
{
    "vader" => SentimentLexicon.Vader,
    "afinn" => SentimentLexicon.Afinn,
    "huliu" => SentimentLexicon.HuLiu,
    var other => throw new ArgumentException($"Unknown lexicon '{other}'; valid: vader, afinn, huliu."),
};
var analyzer = new SentimentAnalyzer(lexicon);
Console.WriteLine(args[0].EndsWith(".csv", StringComparison.OrdinalIgnoreCase)
    ? DocumentSentimentEvaluation.Run(args[0], analyzer).ToString()
    : SentenceSentimentEvaluation.Run(args[0], analyzer).ToString());
return 0;
