using System.Globalization;
using System.Text;

namespace NewsLens.Evaluation;

/// <summary>
/// Counts of gold label × predicted label, with the classification measures derived from it by their
/// textbook definitions (e.g. Manning, Raghavan &amp; Schütze, "Introduction to Information Retrieval", ch. 8 and 13).
/// Undefined ratios are 0, as scikit-learn computes them with <c>zero_division=0</c>: a class that is never
/// predicted has precision 0, a class absent from the gold labels has recall 0, and a class with neither
/// predictions nor gold items has F1 0 (so listing such a class lowers the macro average).
/// </summary>
public sealed class ConfusionMatrix
{
    private readonly int[,] _counts;
    private readonly Dictionary<string, int> _index;

    private ConfusionMatrix(IReadOnlyList<string> labels, int[,] counts)
    {
        Labels = labels;
        _counts = counts;
        _index = labels.Select((l, i) => (l, i)).ToDictionary(t => t.l, t => t.i, StringComparer.Ordinal);
        for (int g = 0; g < labels.Count; g++)
            for (int p = 0; p < labels.Count; p++)
                Total += counts[g, p];
    }

    /// <summary>The classes, in row/column order.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>Number of items counted.</summary>
    public int Total { get; }

    /// <summary>
    /// Builds the matrix from paired gold and predicted labels. <paramref name="labels"/> fixes the classes
    /// and their order (a label outside it is an error); by default the sorted union of both lists.
    /// </summary>
    /// <exception cref="ArgumentException">The lists differ in length, or a label is not among <paramref name="labels"/>.</exception>
    public static ConfusionMatrix Create(IEnumerable<string> gold, IEnumerable<string> predicted, IEnumerable<string>? labels = null)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        var g = gold.ToList();
        var p = predicted.ToList();
        if (g.Count != p.Count)
            throw new ArgumentException($"Gold and predicted labels differ in number ({g.Count} gold, {p.Count} predicted).", nameof(predicted));
        var labelList = labels?.Distinct(StringComparer.Ordinal).ToList()
            ?? g.Concat(p).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var index = labelList.Select((l, i) => (l, i)).ToDictionary(t => t.l, t => t.i, StringComparer.Ordinal);
        var counts = new int[labelList.Count, labelList.Count];
        for (int i = 0; i < g.Count; i++)
        {
            if (!index.TryGetValue(g[i], out int gi))
                throw new ArgumentException($"Gold label '{g[i]}' (item {i}) is not one of the labels: {string.Join(", ", labelList)}.", nameof(gold));
            if (!index.TryGetValue(p[i], out int pi))
                throw new ArgumentException($"Predicted label '{p[i]}' (item {i}) is not one of the labels: {string.Join(", ", labelList)}.", nameof(predicted));
            counts[gi, pi]++;
        }
        return new ConfusionMatrix(labelList, counts);
    }

    /// <summary>Builds the matrix from labels of any type, compared through their <see cref="object.ToString"/>.</summary>
    public static ConfusionMatrix Create<T>(IEnumerable<T> gold, IEnumerable<T> predicted, IEnumerable<T>? labels = null) where T : notnull =>
        Create(gold.Select(x => x.ToString()!), predicted.Select(x => x.ToString()!), labels?.Select(x => x.ToString()!));

    /// <summary>Number of items with gold label <paramref name="gold"/> predicted as <paramref name="predicted"/>.</summary>
    public int Count(string gold, string predicted) => _counts[Index(gold), Index(predicted)];

    /// <summary>Number of gold items of a class (row sum).</summary>
    public int Support(string label)
    {
        int k = Index(label), s = 0;
        for (int p = 0; p < Labels.Count; p++) s += _counts[k, p];
        return s;
    }

    /// <summary>Number of items predicted as a class (column sum).</summary>
    public int PredictedCount(string label)
    {
        int k = Index(label), s = 0;
        for (int g = 0; g < Labels.Count; g++) s += _counts[g, k];
        return s;
    }

    /// <summary>TP / (TP + FP), 0 when the class was never predicted.</summary>
    public double Precision(string label) => Ratio(Count(label, label), PredictedCount(label));

    /// <summary>TP / (TP + FN), 0 when the class has no gold items.</summary>
    public double Recall(string label) => Ratio(Count(label, label), Support(label));

    /// <summary>F1 = 2·TP / (2·TP + FP + FN) (equal to 2PR / (P + R)), 0 when TP + FP + FN = 0.</summary>
    public double F1(string label)
    {
        int tp = Count(label, label);
        int fp = PredictedCount(label) - tp;
        int fn = Support(label) - tp;
        return Ratio(2 * tp, 2 * tp + fp + fn);
    }

    /// <summary>Fraction of items whose prediction equals the gold label (trace / total); 0 when empty.</summary>
    public double Accuracy
    {
        get
        {
            int correct = 0;
            for (int k = 0; k < Labels.Count; k++) correct += _counts[k, k];
            return Ratio(correct, Total);
        }
    }

    /// <summary>Macro-averaged F1: the unweighted mean of the per-class F1 over <see cref="Labels"/>.</summary>
    public double MacroF1 => Labels.Count == 0 ? 0 : Labels.Average(F1);

    /// <summary>Support-weighted mean of the per-class F1 (scikit-learn's <c>average="weighted"</c>, the
    /// "avg / total" row of its older classification reports); 0 when empty.</summary>
    public double WeightedF1 => Total == 0 ? 0 : Labels.Sum(l => F1(l) * Support(l)) / Total;

    /// <summary>Mean F1 over the given classes only (e.g. SemEval-2016's F-avg over "favor" and "against").</summary>
    /// <exception cref="ArgumentException">A label is not in the matrix; the message lists the valid ones.</exception>
    public double MeanF1(params string[] labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        if (labels.Length == 0) throw new ArgumentException("Name at least one label.", nameof(labels));
        return labels.Average(F1);
    }

    /// <summary>Precision, recall, F1, support and predicted count for each class, in <see cref="Labels"/> order.</summary>
    public IReadOnlyList<ClassScores> PerClass() =>
        Labels.Select(l => new ClassScores(l, Precision(l), Recall(l), F1(l), Support(l), PredictedCount(l))).ToList();

    /// <summary>The matrix as a text table: rows are gold labels, columns predicted labels.</summary>
    public override string ToString()
    {
        const string corner = "gold \\ predicted";
        int width = Math.Max(Labels.Select(l => l.Length).DefaultIfEmpty(0).Max(), Math.Max(Total.ToString(CultureInfo.InvariantCulture).Length, 5)) + 2;
        int first = Math.Max(corner.Length, Labels.Select(l => l.Length).DefaultIfEmpty(0).Max()) + 2;
        var sb = new StringBuilder();
        sb.Append(corner.PadRight(first));
        foreach (var l in Labels) sb.Append(l.PadLeft(width));
        sb.Append("total".PadLeft(width)).AppendLine();
        foreach (var g in Labels)
        {
            sb.Append(g.PadRight(first));
            foreach (var p in Labels) sb.Append(Count(g, p).ToString(CultureInfo.InvariantCulture).PadLeft(width));
            sb.Append(Support(g).ToString(CultureInfo.InvariantCulture).PadLeft(width)).AppendLine();
        }
        sb.Append("total".PadRight(first));
        foreach (var p in Labels) sb.Append(PredictedCount(p).ToString(CultureInfo.InvariantCulture).PadLeft(width));
        sb.Append(Total.ToString(CultureInfo.InvariantCulture).PadLeft(width));
        return sb.ToString();
    }

    private int Index(string label) => _index.TryGetValue(label, out int i) ? i
        : throw new ArgumentException($"Unknown label '{label}'; the matrix has: {string.Join(", ", Labels)}.", nameof(label));

    private static double Ratio(int numerator, int denominator) => denominator == 0 ? 0 : (double)numerator / denominator;
}
