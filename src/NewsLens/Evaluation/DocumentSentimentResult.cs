using System.Globalization;
using System.Text;

namespace NewsLens.Evaluation;

/// <summary>Accuracy of document-level sentiment labels (see <see cref="DocumentSentimentEvaluation"/>).</summary>
/// <param name="Data">File name of the labelled documents.</param>
/// <param name="Lexicon">Name of the lexicon the analyser used.</param>
/// <param name="N">Number of documents.</param>
/// <param name="MacroF1">Macro-F1 over negative/neutral/positive.</param>
/// <param name="Accuracy">Three-class accuracy.</param>
/// <param name="Confusion">Gold × predicted counts.</param>
public sealed record DocumentSentimentResult(string Data, string Lexicon, int N, double MacroF1, double Accuracy, ConfusionMatrix Confusion)
{
    /// <summary>A report; its last line is exactly <c>F1m=&lt;macro-F1&gt; accuracy=&lt;accuracy&gt; n=&lt;documents&gt;</c> (3 decimals).</summary>
    public override string ToString()
    {
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine(string.Create(c, $"Document sentiment on {Data} (lexicon {Lexicon}); predicted = mean sentence compound, >= 0.05 positive, <= -0.05 negative"));
        sb.AppendLine(Confusion.ToString());
        foreach (var s in Confusion.PerClass())
            sb.AppendLine(string.Create(c, $"{s.Label}: precision={s.Precision:F3} recall={s.Recall:F3} f1={s.F1:F3} support={s.Support}"));
        sb.Append(string.Create(c, $"F1m={MacroF1:F3} accuracy={Accuracy:F3} n={N}"));
        return sb.ToString();
    }
}
