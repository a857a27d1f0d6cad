namespace NewsLens.Terms;

/// <summary>The kinds of weighting <see cref="DocumentFeatureMatrix.Weight"/> applies.</summary>
public enum WeightKind
{
    /// <summary>Raw counts (no weighting).</summary>
    Counts,
    /// <summary>Each row divided by its sum (relative frequencies within the document).</summary>
    Proportions,
    /// <summary>scikit-learn's TfidfTransformer: see <see cref="TfIdfOptions"/>.</summary>
    TfIdf,
    /// <summary>quanteda's <c>dfm_tfidf()</c> defaults: count x log10(N / df).</summary>
    QuantedaTfIdf,
}

/// <summary>
/// A weighting for <see cref="DocumentFeatureMatrix.Weight"/>: <see cref="Counts"/>,
/// <see cref="Proportions"/>, <see cref="TfIdf"/> (scikit-learn's variants) or
/// <see cref="QuantedaTfIdf"/>.
/// </summary>
public sealed record WeightScheme
{
    private WeightScheme(WeightKind kind, TfIdfOptions? tfIdf)
    {
        Kind = kind;
        TfIdfOptions = tfIdf;
    }

    /// <summary>Which weighting.</summary>
    public WeightKind Kind { get; }

    /// <summary>The tf-idf variant when <see cref="Kind"/> is <see cref="WeightKind.TfIdf"/>, otherwise null.</summary>
    public TfIdfOptions? TfIdfOptions { get; }

    /// <summary>Raw counts: the matrix as built.</summary>
    public static WeightScheme Counts { get; } = new(WeightKind.Counts, null);

    /// <summary>Row-normalised counts: each value divided by its document's total (rows of zeros stay zero).</summary>
    public static WeightScheme Proportions { get; } = new(WeightKind.Proportions, null);

    /// <summary>
    /// quanteda's <c>dfm_tfidf(x)</c> with its defaults (scheme_tf = "count", scheme_df = "inverse",
    /// base 10): value = count x log10(N / df), N documents, df the feature's document frequency.
    /// A feature in every document gets weight 0.
    /// </summary>
    public static WeightScheme QuantedaTfIdf { get; } = new(WeightKind.QuantedaTfIdf, null);

    /// <summary>scikit-learn's tf-idf (TfidfTransformer) with <paramref name="options"/> (default: smooth idf, L2 norm, raw tf).</summary>
    public static WeightScheme TfIdf(TfIdfOptions? options = null) => new(WeightKind.TfIdf, options ?? new TfIdfOptions());

    /// <inheritdoc />
    public override string ToString() => Kind == WeightKind.TfIdf ? $"TfIdf({TfIdfOptions})" : Kind.ToString();
}
