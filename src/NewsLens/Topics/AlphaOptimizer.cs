namespace NewsLens.Topics;

/// <summary>
/// Asymmetric Dirichlet α for LDA by Minka's fixed-point iteration ("Estimating a Dirichlet distribution",
/// 2000), as used for topic models by Wallach, Mimno &amp; McCallum ("Rethinking LDA: why priors matter",
/// NIPS 2009): α_t ← α_t · Σ_d [ψ(n(t,d) + α_t) − ψ(α_t)] / Σ_d [ψ(n_d + α₀) − ψ(α₀)], α₀ = Σ_t α_t.
/// Like Wallach et al., the digamma differences are evaluated from histograms of the counts with the
/// recurrence ψ(x + 1) = ψ(x) + 1/x, so no digamma function is needed. Written from the papers.
/// </summary>
internal static class AlphaOptimizer
{
    /// <summary>Smallest α_t kept, so that an unused topic can still be sampled.</summary>
    public const double MinAlpha = 1e-8;

    /// <summary>Updates <paramref name="alpha"/> in place from the current document-topic counts.</summary>
    public static void Update(double[] alpha, int[] docTopic, int k, int[] docLengths, int maxIterations = 100, double tolerance = 1e-7)
    {
        int maxLen = docLengths.Length == 0 ? 0 : docLengths.Max();
        if (maxLen == 0) return;
        var lengthHistogram = new long[maxLen + 1];
        foreach (int n in docLengths) lengthHistogram[n]++;
        var topicHistograms = new long[k][];
        var topicMax = new int[k];
        for (int t = 0; t < k; t++) topicHistograms[t] = new long[maxLen + 1];
        for (int d = 0; d < docLengths.Length; d++)
        {
            for (int t = 0; t < k; t++)
            {
                int n = docTopic[d * k + t];
                topicHistograms[t][n]++;
                if (n > topicMax[t]) topicMax[t] = n;
            }
        }

        for (int iter = 0; iter < maxIterations; iter++)
        {
            double alphaSum = alpha.Sum();
            double denominator = 0, digammaDiff = 0;
            for (int n = 1; n <= maxLen; n++)
            {
                digammaDiff += 1.0 / (n - 1 + alphaSum);
                denominator += lengthHistogram[n] * digammaDiff;
            }
            if (denominator <= 0) return;
            double change = 0;
            for (int t = 0; t < k; t++)
            {
                double numerator = 0;
                digammaDiff = 0;
                var histogram = topicHistograms[t];
                for (int n = 1; n <= topicMax[t]; n++)
                {
                    digammaDiff += 1.0 / (n - 1 + alpha[t]);
                    numerator += histogram[n] * digammaDiff;
                }
                double updated = Math.Max(MinAlpha, alpha[t] * numerator / denominator);
                change += Math.Abs(updated - alpha[t]);
                alpha[t] = updated;
            }
            if (change / alphaSum < tolerance) return;
        }
    }
}
