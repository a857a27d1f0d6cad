using System.Globalization;
using System.Text;

namespace NewsLens.Evaluation;

/// <summary>
/// Accuracy of sentence sentiment scores against human ratings (see <see cref="SentenceSentimentEvaluation"/>).
/// </summary>
/// <param name="Data">File name of the ground truth.</param>
/// <param name="Lexicon">Name of the lexicon the analyser used.</param>
/// <param name="N">Number of sentences.</param>
/// <param name="Pearson">Pearson r between the compound score and the raters' mean.</param>
/// <param name="MacroF1">Macro-F1 over negative/neutral/positive, gold and prediction cut at the same thresholds.</param>
/// <param name="WeightedF1">Support-weighted three-class F1 (the kind of average the VADER paper's F1 figures appear to be).</param>
/// <param name="Accuracy">Three-class accuracy.</param>
/// <param name="Confusion">Gold × predicted three-class counts.</param>
public sealed record SentenceSentimentResult(string Data, string Lexicon, int N, double Pearson, double MacroF1, double WeightedF1, double Accuracy, ConfusionMatrix Confusion)
{
    /// <summary>A report; its last line is exactly <c>pearson=&lt;r&gt; f1=&lt;macro-F1&gt; n=&lt;sentences&gt;</c> (3 decimals).</summary>
    public override string ToString()
    {
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine(string.Create(c, $"Sentence sentiment on {Data} (lexicon {Lexicon}); classes: gold mean/4 and compound, >= 0.05 positive, <= -0.05 negative"));
        sb.AppendLine(Confusion.ToString());
        foreach (var s in Confusion.PerClass())
            sb.AppendLine(string.Create(c, $"{s.Label}: precision={s.Precision:F3} recall={s.Recall:F3} f1={s.F1:F3} support={s.Support}"));
        sb.AppendLine(string.Create(c, $"accuracy={Accuracy:F3} weighted-f1={WeightedF1:F3}"));
        sb.Append(string.Create(c, $"pearson={Pearson:F3} f1={MacroF1:F3} n={N}"));
        return sb.ToString();
    }
}
