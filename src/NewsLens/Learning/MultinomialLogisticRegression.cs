namespace NewsLens.Learning;

/// <summary>
/// Softmax (multinomial logistic) regression over sparse rows: P(k | x) = exp(b_k + w_kᵀx) / Σ_c exp(b_c + w_cᵀx),
/// one weight vector and one intercept per class, trained by minimising scikit-learn's L2-penalised
/// objective Σᵢ sᵢ·(−log P(yᵢ | xᵢ)) + ‖W‖²/(2C) (intercepts unpenalised) with full-batch L-BFGS
/// (<see cref="Lbfgs"/>) from zero weights. Training is deterministic: the same rows, labels and options
/// give the same weights. Instances are immutable and safe to share between threads (except the
/// string-feature overloads, which use the vocabulary's shared buffer).
/// </summary>
public sealed partial class MultinomialLogisticRegression
{
    private readonly double[] _weights;    // [feature * K + class]
    private readonly double[] _intercepts; // [class]

    private MultinomialLogisticRegression(IReadOnlyList<string> labels, FeatureVocabulary vocabulary, double[] weights, double[] intercepts,
        LogisticRegressionOptions options, TrainingSummary? training)
    {
        Labels = labels;
        Vocabulary = vocabulary;
        _weights = weights;
        _intercepts = intercepts;
        Options = options;
        Training = training;
    }

    /// <summary>The classes in ordinal order (scikit-learn's <c>classes_</c>); probabilities follow this order.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>The (frozen) feature names; column j of a row is feature <c>Vocabulary.Names[j]</c>.</summary>
    public FeatureVocabulary Vocabulary { get; }

    /// <summary>Number of feature columns.</summary>
    public int FeatureCount => Vocabulary.Count;

    /// <summary>The options the model was trained with.</summary>
    public LogisticRegressionOptions Options { get; }

    /// <summary>How training ended (null when unknown).</summary>
    public TrainingSummary? Training { get; }

    /// <summary>The weight of feature <paramref name="feature"/> for class <paramref name="label"/>.</summary>
    /// <exception cref="ArgumentException">Unknown label; the message lists the valid ones.</exception>
    public double Coefficient(string label, int feature)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(feature);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(feature, FeatureCount);
        return _weights[feature * Labels.Count + LabelIndex(label)];
    }

    /// <summary>The intercept of class <paramref name="label"/>.</summary>
    /// <exception cref="ArgumentException">Unknown label; the message lists the valid ones.</exception>
    public double Intercept(string label) => _intercepts[LabelIndex(label)];

    /// <summary>
    /// Trains a model. <paramref name="labels"/>[i] is the class of <paramref name="rows"/>[i]; the classes
    /// are the distinct labels (at least two). With a <paramref name="vocabulary"/> (frozen by this call)
    /// its names describe the columns; without one the columns are named "x0", "x1", ....
    /// </summary>
    /// <exception cref="ArgumentException">Rows and labels differ in number, fewer than two classes, or a row uses a column beyond the vocabulary.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static MultinomialLogisticRegression Fit(IReadOnlyList<SparseVector> rows, IReadOnlyList<string> labels,
        LogisticRegressionOptions? options = null, FeatureVocabulary? vocabulary = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(labels);
        options ??= new LogisticRegressionOptions();
        options.Validate();
        if (rows.Count != labels.Count)
            throw new ArgumentException($"There are {rows.Count} rows but {labels.Count} labels; give one label per row.", nameof(labels));
        var classes = labels.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        if (classes.Length < 2)
            throw new ArgumentException($"Training needs at least two classes; found {(classes.Length == 0 ? "none" : "only '" + classes[0] + "'")}.", nameof(labels));

        int maxIndex = -1;
        foreach (var r in rows)
        {
            ArgumentNullException.ThrowIfNull(r, nameof(rows));
            if (r.Count > 0) maxIndex = Math.Max(maxIndex, r.Indices[^1]);
        }
        if (vocabulary is null)
            vocabulary = FeatureVocabulary.FromNames(Enumerable.Range(0, maxIndex + 1).Select(j => "x" + j.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        else if (maxIndex >= vocabulary.Count)
            throw new ArgumentException($"A row uses column {maxIndex} but the vocabulary has only {vocabulary.Count} features.", nameof(vocabulary));
        vocabulary.Freeze();

        int k = classes.Length, d = vocabulary.Count, n = rows.Count;
        var classIndex = classes.Select((c, i) => (c, i)).ToDictionary(t => t.c, t => t.i, StringComparer.Ordinal);
        var y = new int[n];
        for (int i = 0; i < n; i++) y[i] = classIndex[labels[i]];
        var sampleWeight = SampleWeights(y, k, options.ClassWeights);
        double totalWeight = sampleWeight.Sum();

        var objective = new SoftmaxObjective(rows, y, sampleWeight, k, d, 1.0 / options.C);
        var result = Lbfgs.Minimize(objective.Evaluate, new double[(d + 1) * k], options.Tolerance * totalWeight, options.MaxIterations, options.Memory);

        var weights = result.X.AsSpan(0, d * k).ToArray();
        var intercepts = result.X.AsSpan(d * k, k).ToArray();
        var summary = new TrainingSummary(result.Iterations, result.Stop, result.Value, result.GradientMaxAbs / totalWeight, n);
        return new MultinomialLogisticRegression(classes, vocabulary, weights, intercepts, options, summary);
    }

    /// <summary>The class probabilities of a row, in <see cref="Labels"/> order. Columns beyond <see cref="FeatureCount"/> are ignored.</summary>
    public double[] PredictProbabilities(SparseVector row)
    {
        var p = new double[Labels.Count];
        PredictProbabilities(row, p);
        return p;
    }

    /// <summary>Writes the class probabilities of a row into <paramref name="probabilities"/> (length = number of classes) without allocating.</summary>
    /// <exception cref="ArgumentException"><paramref name="probabilities"/> has the wrong length.</exception>
    public void PredictProbabilities(SparseVector row, Span<double> probabilities)
    {
        ArgumentNullException.ThrowIfNull(row);
        int k = Labels.Count;
        if (probabilities.Length != k)
            throw new ArgumentException($"The output span has length {probabilities.Length}; it must have one slot per class ({k}).", nameof(probabilities));
        Scores(row, probabilities);
        Softmax(probabilities);
    }

    /// <summary>The class probabilities of a set of string features (value 1 each; unknown ones ignored). Not thread-safe.</summary>
    public double[] PredictProbabilities(IEnumerable<string> features) => PredictProbabilities(Vocabulary.Vectorize(features));

    /// <summary>The most probable class of a row (the first in <see cref="Labels"/> order on a tie).</summary>
    public string Predict(SparseVector row)
    {
        Span<double> p = stackalloc double[Labels.Count];
        PredictProbabilities(row, p);
        int best = 0;
        for (int c = 1; c < p.Length; c++) if (p[c] > p[best]) best = c;
        return Labels[best];
    }

    private void Scores(SparseVector row, Span<double> z)
    {
        int k = Labels.Count, d = FeatureCount;
        _intercepts.AsSpan().CopyTo(z);
        var idx = row.Indices;
        var val = row.Values;
        for (int t = 0; t < idx.Length; t++)
        {
            int j = idx[t];
            if (j >= d) break;
            double v = val[t];
            int off = j * k;
            for (int c = 0; c < k; c++) z[c] += v * _weights[off + c];
        }
    }

    /// <summary>In-place softmax, shifted by the maximum for stability; returns log Σ exp(z).</summary>
    internal static double Softmax(Span<double> z)
    {
        double max = double.NegativeInfinity;
        foreach (var v in z) max = Math.Max(max, v);
        double sum = 0;
        for (int c = 0; c < z.Length; c++) { z[c] = Math.Exp(z[c] - max); sum += z[c]; }
        for (int c = 0; c < z.Length; c++) z[c] /= sum;
        return max + Math.Log(sum);
    }

    private static double[] SampleWeights(int[] y, int k, ClassWeighting weighting)
    {
        var w = new double[y.Length];
        if (weighting == ClassWeighting.Balanced)
        {
            var counts = new int[k];
            foreach (var c in y) counts[c]++;
            for (int i = 0; i < y.Length; i++) w[i] = (double)y.Length / (k * counts[y[i]]);
        }
        else Array.Fill(w, 1.0);
        return w;
    }

    private int LabelIndex(string label)
    {
        for (int c = 0; c < Labels.Count; c++) if (string.Equals(Labels[c], label, StringComparison.Ordinal)) return c;
        throw new ArgumentException($"Unknown label '{label}'; the model's labels are: {string.Join(", ", Labels)}.", nameof(label));
    }

    /// <summary>The penalised negative log-likelihood and its gradient over parameters laid out as [W (feature-major), b].</summary>
    private sealed class SoftmaxObjective(IReadOnlyList<SparseVector> rows, int[] y, double[] sampleWeight, int k, int d, double lambda)
    {
        private readonly double[] _z = new double[k];

        public double Evaluate(ReadOnlySpan<double> x, Span<double> g)
        {
            g.Clear();
            var w = x[..(d * k)];
            var b = x.Slice(d * k, k);
            var gb = g.Slice(d * k, k);
            double f = 0;
            var z = _z.AsSpan();
            for (int i = 0; i < rows.Count; i++)
            {
                var row = rows[i];
                var idx = row.Indices;
                var val = row.Values;
                b.CopyTo(z);
                for (int t = 0; t < idx.Length; t++)
                {
                    int off = idx[t] * k;
                    double v = val[t];
                    for (int c = 0; c < k; c++) z[c] += v * w[off + c];
                }
                int yi = y[i];
                double zy = z[yi];
                double lse = Softmax(z);
                double s = sampleWeight[i];
                f += s * (lse - zy);
                z[yi] -= 1; // p − onehot(y)
                for (int c = 0; c < k; c++) z[c] *= s;
                for (int c = 0; c < k; c++) gb[c] += z[c];
                for (int t = 0; t < idx.Length; t++)
                {
                    int off = idx[t] * k;
                    double v = val[t];
                    for (int c = 0; c < k; c++) g[off + c] += v * z[c];
                }
            }
            double penalty = 0;
            for (int j = 0; j < d * k; j++)
            {
                penalty += w[j] * w[j];
                g[j] += lambda * w[j];
            }
            return f + 0.5 * lambda * penalty;
        }
    }
}
