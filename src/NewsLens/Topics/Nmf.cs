namespace NewsLens.Topics;

/// <summary>
/// Non-negative matrix factorisation X ≈ W H of the document-term matrix (W: documents × K, H: K × terms)
/// by the multiplicative updates for the Frobenius objective of Lee &amp; Seung ("Algorithms for non-negative
/// matrix factorization", NIPS 2001): H ← H ∘ (WᵀX) / (WᵀW H), W ← W ∘ (X Hᵀ) / (W H Hᵀ), under which
/// ‖X − WH‖² never increases. A denominator of 0 is replaced by 1e-12. Written from the paper.
/// </summary>
public static class Nmf
{
    private const double DenominatorFloor = 1e-12;

    /// <summary>
    /// Factorises <paramref name="corpus"/>'s document-term matrix. W and H start uniform on
    /// [0, 2·sqrt(mean(X)/K)) from the seeded generator.
    /// </summary>
    /// <param name="corpus">The documents; must contain at least one token.</param>
    /// <param name="options">Validated settings (see <see cref="NmfOptions"/>).</param>
    /// <param name="cancellationToken">Checked between rounds.</param>
    public static NmfModel Fit(TopicCorpus corpus, NmfOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (corpus.TokenCount == 0)
            throw new ArgumentException("Nmf.Fit: the corpus has no tokens (after the vocabulary filter); nothing to factorise.", nameof(corpus));
        var x = SparseRowMatrix.FromCorpus(corpus, options.Weighting);
        int k = options.TopicCount, d = x.Rows, v = x.Columns;
        double mean = x.Values.Sum() / ((double)d * v);
        double scale = 2 * Math.Sqrt(mean / k);
        var rng = new SeededRandom(options.Seed, 0, 0);
        var w = new double[d * k];
        var h = new double[k * v];
        for (int i = 0; i < w.Length; i++) w[i] = rng.NextDouble() * scale;
        for (int i = 0; i < h.Length; i++) h[i] = rng.NextDouble() * scale;

        double xNorm = x.SquaredNorm();
        var history = new List<double> { SquaredError(x, w, h, k, xNorm) };
        bool converged = false;
        for (int iter = 0; iter < options.MaxIterations; iter++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Update(x, w, h, k);
            double error = SquaredError(x, w, h, k, xNorm);
            double previous = history[^1];
            history.Add(error);
            if (previous <= 0 || (previous - error) / previous < options.Tolerance)
            {
                converged = true;
                break;
            }
        }
        return NmfModel.Create(corpus, options, w, h, history, converged);
    }

    /// <summary>
    /// One round of Lee &amp; Seung's multiplicative updates: H first, then W with the new H. W is stored
    /// document-major (w[d·K + t]) and H term-major (h[v·K + t]), so every inner loop runs over contiguous topics.
    /// </summary>
    internal static void Update(SparseRowMatrix x, double[] w, double[] h, int k)
    {
        int d = x.Rows, v = x.Columns;
        // H ← H ∘ (WᵀX) / (WᵀW H)
        var wtx = new double[v * k];
        for (int i = 0; i < d; i++)
            for (int j = x.RowStart[i]; j < x.RowStart[i + 1]; j++)
            {
                int col = x.ColumnIndex[j];
                double val = x.Values[j];
                for (int t = 0; t < k; t++) wtx[col * k + t] += w[i * k + t] * val;
            }
        var wtw = Gram(w, d, k);
        var column = new double[k];
        for (int col = 0; col < v; col++)
        {
            Array.Copy(h, col * k, column, 0, k);
            for (int t = 0; t < k; t++)
            {
                double denom = 0;
                for (int s = 0; s < k; s++) denom += wtw[t * k + s] * column[s];
                h[col * k + t] = column[t] * wtx[col * k + t] / Math.Max(denom, DenominatorFloor);
            }
        }
        // W ← W ∘ (X Hᵀ) / (W H Hᵀ)
        var hht = Gram(h, v, k);
        var xht = new double[k];
        var updated = new double[k];
        for (int i = 0; i < d; i++)
        {
            Array.Clear(xht);
            for (int j = x.RowStart[i]; j < x.RowStart[i + 1]; j++)
            {
                int col = x.ColumnIndex[j];
                double val = x.Values[j];
                for (int t = 0; t < k; t++) xht[t] += val * h[col * k + t];
            }
            for (int t = 0; t < k; t++)
            {
                double denom = 0;
                for (int s = 0; s < k; s++) denom += w[i * k + s] * hht[s * k + t];
                updated[t] = w[i * k + t] * xht[t] / Math.Max(denom, DenominatorFloor);
            }
            Array.Copy(updated, 0, w, i * k, k);
        }
    }

    /// <summary>‖X − WH‖²_F = ‖X‖² − 2 Σ_nonzero X(WH) + tr(WᵀW · HHᵀ).</summary>
    internal static double SquaredError(SparseRowMatrix x, double[] w, double[] h, int k, double xNorm)
    {
        int d = x.Rows, v = x.Columns;
        double cross = 0;
        for (int i = 0; i < d; i++)
            for (int j = x.RowStart[i]; j < x.RowStart[i + 1]; j++)
            {
                int col = x.ColumnIndex[j];
                double wh = 0;
                for (int t = 0; t < k; t++) wh += w[i * k + t] * h[col * k + t];
                cross += x.Values[j] * wh;
            }
        var wtw = Gram(w, d, k);
        var hht = Gram(h, v, k);
        double trace = 0;
        for (int i = 0; i < k * k; i++) trace += wtw[i] * hht[i];
        return Math.Max(0, xNorm - 2 * cross + trace);
    }

    /// <summary>MᵀM for M stored row-major (rows × k).</summary>
    private static double[] Gram(double[] w, int rows, int k)
    {
        var g = new double[k * k];
        for (int i = 0; i < rows; i++)
            for (int a = 0; a < k; a++)
            {
                double wa = w[i * k + a];
                if (wa == 0) continue;
                for (int b = 0; b < k; b++) g[a * k + b] += wa * w[i * k + b];
            }
        return g;
    }
}
