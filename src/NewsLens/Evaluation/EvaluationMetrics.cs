namespace NewsLens.Evaluation;

/// <summary>
/// One-call versions of the standard evaluation measures (textbook definitions; undefined ratios are 0 as with
/// scikit-learn's <c>zero_division=0</c>, see <see cref="ConfusionMatrix"/>).
/// </summary>
public static class EvaluationMetrics
{
    /// <summary>Fraction of items whose predicted label equals the gold label.</summary>
    public static double Accuracy(IEnumerable<string> gold, IEnumerable<string> predicted) =>
        ConfusionMatrix.Create(gold, predicted).Accuracy;

    /// <summary>Macro-F1: mean per-class F1 over the classes in <paramref name="labels"/> (default: every label in either list),
    /// as scikit-learn's <c>f1_score(average="macro", zero_division=0)</c>.</summary>
    public static double MacroF1(IEnumerable<string> gold, IEnumerable<string> predicted, IEnumerable<string>? labels = null) =>
        ConfusionMatrix.Create(gold, predicted, labels).MacroF1;

    /// <summary>
    /// SemEval-2016 Task 6 stance score F-avg: the mean of the F1 of the "favor" and "against" classes (the
    /// third class, "none", enters only through those two classes' errors). Mohammad et al., SemEval 2016.
    /// </summary>
    public static double SemEvalFAverage(IEnumerable<string> gold, IEnumerable<string> predicted, string favor = "favor", string against = "against")
    {
        var g = gold.ToList();
        var p = predicted.ToList();
        var labels = g.Concat(p).Append(favor).Append(against).Distinct(StringComparer.Ordinal).ToList();
        return ConfusionMatrix.Create(g, p, labels).MeanF1(favor, against);
    }

    /// <summary>
    /// Pearson's product-moment correlation r = Σ(x−x̄)(y−ȳ) / sqrt(Σ(x−x̄)² · Σ(y−ȳ)²), computed in two passes
    /// (means first) for accuracy.
    /// </summary>
    /// <exception cref="ArgumentException">Lengths differ, fewer than two pairs, or a list is constant (r undefined).</exception>
    public static double Pearson(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Count != y.Count) throw new ArgumentException($"Pearson r needs paired values; got {x.Count} and {y.Count}.", nameof(y));
        if (x.Count < 2) throw new ArgumentException($"Pearson r needs at least two pairs; got {x.Count}.", nameof(x));
        double mx = 0, my = 0;
        for (int i = 0; i < x.Count; i++) { mx += x[i]; my += y[i]; }
        mx /= x.Count;
        my /= y.Count;
        double sxy = 0, sxx = 0, syy = 0;
        for (int i = 0; i < x.Count; i++)
        {
            double dx = x[i] - mx, dy = y[i] - my;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        if (sxx == 0 || syy == 0) throw new ArgumentException("Pearson r is undefined when one of the lists is constant.");
        return Math.Clamp(sxy / Math.Sqrt(sxx * syy), -1.0, 1.0);
    }
}
