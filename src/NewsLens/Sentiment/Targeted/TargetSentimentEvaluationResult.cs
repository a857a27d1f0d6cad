using System.Globalization;
using System.Text;
using NewsLens.Evaluation;

namespace NewsLens.Sentiment.Targeted;

/// <summary>The scores of a target-sentiment classifier on a labelled file.</summary>
/// <param name="Source">The file (or name) evaluated.</param>
/// <param name="Matrix">Gold × predicted counts over Negative, Neutral, Positive.</param>
public sealed record TargetSentimentEvaluationResult(string Source, ConfusionMatrix Matrix)
{
    /// <summary>Macro-averaged F1 over the three classes (NewsMTSC's F1m).</summary>
    public double MacroF1 => Matrix.MacroF1;

    /// <summary>Share of targets labelled correctly.</summary>
    public double Accuracy => Matrix.Accuracy;

    /// <summary>Number of targets evaluated.</summary>
    public int Targets => Matrix.Total;

    /// <summary>Precision, recall and F1 of each class.</summary>
    public IReadOnlyList<ClassScores> PerClass => Matrix.PerClass();

    /// <summary>A report: the source, the confusion matrix, per-class scores, and as the last line
    /// exactly <c>F1m=&lt;macro-F1, 3 decimals&gt; accuracy=&lt;3 decimals&gt; n=&lt;targets&gt;</c>.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        sb.AppendLine("Target-dependent sentiment on " + Source);
        sb.AppendLine(Matrix.ToString());
        foreach (var s in PerClass)
            sb.AppendLine(string.Create(c, $"{s.Label,-9} P={s.Precision:F3} R={s.Recall:F3} F1={s.F1:F3} support={s.Support}"));
        sb.Append(string.Create(c, $"F1m={MacroF1:F3} accuracy={Accuracy:F3} n={Targets}"));
        return sb.ToString();
    }
}
