namespace NewsLens.Terms;

/// <summary>How a weighted row is scaled to unit length.</summary>
public enum VectorNorm
{
    /// <summary>No normalisation.</summary>
    None,
    /// <summary>Divide by the sum of absolute values.</summary>
    L1,
    /// <summary>Divide by the Euclidean length.</summary>
    L2,
}

/// <summary>
/// scikit-learn's TfidfTransformer variants (sklearn.feature_extraction.text, version 1.2):
/// tf = count, or 1 + ln(count) when <paramref name="SublinearTf"/>; idf = ln((1 + n) / (1 + df)) + 1
/// when <paramref name="Smooth"/> (smooth_idf=True), else ln(n / df) + 1; value = tf x idf, then each
/// row scaled by <paramref name="Norm"/>. n is the number of documents, df the feature's document frequency.
/// </summary>
/// <param name="Smooth">Add one to n and df, as if a document held every feature once (sklearn's default).</param>
/// <param name="Norm">Row normalisation (sklearn's default: L2).</param>
/// <param name="SublinearTf">Replace a count c by 1 + ln(c).</param>
public sealed record TfIdfOptions(bool Smooth = true, VectorNorm Norm = VectorNorm.L2, bool SublinearTf = false);
