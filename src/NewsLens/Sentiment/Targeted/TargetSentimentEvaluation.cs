using NewsLens.Evaluation;

namespace NewsLens.Sentiment.Targeted;

/// <summary>Scores a target-sentiment classifier against labelled mentions (e.g. NewsMTSC's devtest_mt.jsonl).</summary>
public static class TargetSentimentEvaluation
{
    private static readonly string[] Labels = Enum.GetNames<SentimentLabel>();

    /// <summary>Reads a NewsMTSC file with <see cref="NewsMtscReader"/> and scores <paramref name="model"/> on every target.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">A line is malformed (the message names file and line).</exception>
    public static TargetSentimentEvaluationResult Run(ITargetSentimentClassifier model, string path) =>
        Run(model, NewsMtscReader.Read(path), path);

    /// <summary>Scores <paramref name="model"/> on labelled examples; <paramref name="source"/> names them in the report.</summary>
    public static TargetSentimentEvaluationResult Run(ITargetSentimentClassifier model, IEnumerable<TargetSentimentExample> examples, string source)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(examples);
        var gold = new List<string>();
        var predicted = new List<string>();
        foreach (var ex in examples)
        {
            gold.Add(ex.Label.ToString());
            predicted.Add(model.Predict(ex.Sentence, ex.From, ex.To).Label.ToString());
        }
        return new TargetSentimentEvaluationResult(source, ConfusionMatrix.Create(gold, predicted, Labels));
    }
}
