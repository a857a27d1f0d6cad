using System.Globalization;
using System.Text;
using NewsLens.Evaluation;

namespace NewsLens.Stance;

/// <summary>Accuracy of a stance classifier on labelled data (see <see cref="StanceEvaluation"/>).</summary>
/// <param name="Classifier">The classifier's name.</param>
/// <param name="Data">File name (or description) of the data.</param>
/// <param name="N">Number of examples.</param>
/// <param name="MacroF1">Mean F1 over the classes (favor and against; plus neutral when the data has it).</param>
/// <param name="Accuracy">Share of examples labelled correctly.</param>
/// <param name="FAverage">SemEval-2016 F-avg: mean F1 of favor and against.</param>
/// <param name="NeutralPredictions">Neutral verdicts turned into their leaning side on two-class data.</param>
/// <param name="Confusion">Gold × predicted counts.</param>
public sealed record StanceEvaluationResult(string Classifier, string Data, int N, double MacroF1, double Accuracy, double FAverage,
    int NeutralPredictions, ConfusionMatrix Confusion)
{
    /// <summary>A report; its last line is exactly <c>F1m=&lt;macro-F1&gt; accuracy=&lt;accuracy&gt; n=&lt;items&gt;</c> (3 decimals).</summary>
    public override string ToString()
    {
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine(string.Create(c, $"Stance ({Classifier}) on {Data}"));
        sb.AppendLine(Confusion.ToString());
        foreach (var s in Confusion.PerClass())
            sb.AppendLine(string.Create(c, $"{s.Label}: precision={s.Precision:F3} recall={s.Recall:F3} f1={s.F1:F3} support={s.Support}"));
        sb.AppendLine(string.Create(c, $"semeval-favg={FAverage:F3} neutral-mapped={NeutralPredictions}"));
        sb.Append(string.Create(c, $"F1m={MacroF1:F3} accuracy={Accuracy:F3} n={N}"));
        return sb.ToString();
    }
}
