using NewsLens.Evaluation;

namespace NewsLens.Stance;

/// <summary>
/// Measures a stance classifier on labelled JSON-lines data (<see cref="StanceDataset"/>). Each example's target
/// becomes <see cref="StanceTarget.FromName"/>, its text is classified, and predictions are compared with the gold
/// labels in a confusion matrix over the classes that occur.
/// <para>
/// Two-class data (favor/against only, as IBM Claim Stance and Perspectrum): a Neutral prediction is turned into
/// the side its <see cref="StanceDecision.Lean"/> points to, and into favor (the more frequent class in both
/// sets) when the lean is exactly 0. <see cref="StanceEvaluationResult.NeutralPredictions"/> counts how often that
/// happened. Data with neutral gold labels is scored on three classes without any mapping.
/// </para>
/// </summary>
public static class StanceEvaluation
{
    /// <summary>Classifies every example of <paramref name="path"/> and compares with the gold labels.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="FormatException">A line is malformed; the message names the file and line.</exception>
    public static StanceEvaluationResult Run(IStanceClassifier classifier, string path)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        var items = StanceDataset.Read(path);
        return Run(classifier, items, Path.GetFileName(path));
    }

    /// <summary>Classifies the given examples and compares with their gold labels.</summary>
    public static StanceEvaluationResult Run(IStanceClassifier classifier, IReadOnlyList<StanceExample> items, string dataName = "examples")
    {
        ArgumentNullException.ThrowIfNull(classifier);
        ArgumentNullException.ThrowIfNull(items);
        bool twoClass = items.All(i => i.Label != StanceLabel.Neutral);
        var targets = new Dictionary<string, StanceTarget>(StringComparer.Ordinal);
        var predicted = new List<StanceLabel>(items.Count);
        int neutral = 0;
        foreach (var item in items)
        {
            if (!targets.TryGetValue(item.Target, out var target))
                targets[item.Target] = target = StanceTarget.FromName(item.Target);
            var d = classifier.Classify(target, item.Text);
            var label = d.Label;
            if (label == StanceLabel.Neutral && twoClass)
            {
                neutral++;
                label = d.Lean < 0 ? StanceLabel.Against : StanceLabel.Favor;
            }
            predicted.Add(label);
        }
        return Score(classifier.Name, dataName, items.Select(i => i.Label).ToList(), predicted, neutral, twoClass);
    }

    internal static StanceEvaluationResult Score(string classifier, string data, IReadOnlyList<StanceLabel> gold, IReadOnlyList<StanceLabel> predicted, int neutral, bool twoClass)
    {
        var labels = twoClass ? new[] { "favor", "against" } : ["favor", "against", "neutral"];
        var matrix = ConfusionMatrix.Create(gold.Select(StanceDataset.LabelName), predicted.Select(StanceDataset.LabelName), labels);
        return new StanceEvaluationResult(classifier, data, gold.Count, matrix.MacroF1, matrix.Accuracy, matrix.MeanF1("favor", "against"),
            neutral, matrix);
    }
}
