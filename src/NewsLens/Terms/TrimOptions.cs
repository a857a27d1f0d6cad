namespace NewsLens.Terms;

/// <summary>Whether a document-frequency threshold is a number of documents or a share of them.</summary>
public enum DocFreqUnit
{
    /// <summary>A number of documents.</summary>
    Count,
    /// <summary>A proportion of the documents, between 0 and 1.</summary>
    Proportion,
}

/// <summary>
/// Thresholds for <see cref="DocumentFeatureMatrix.Trim(TrimOptions)"/> (quanteda's <c>dfm_trim</c>): a
/// feature is kept when its total count and its document frequency lie within the given bounds
/// (inclusive). Null means no bound.
/// </summary>
/// <param name="MinCount">Smallest total count kept.</param>
/// <param name="MaxCount">Largest total count kept.</param>
/// <param name="MinDocFreq">Smallest document frequency kept, in <paramref name="DocFreqUnit"/>.</param>
/// <param name="MaxDocFreq">Largest document frequency kept, in <paramref name="DocFreqUnit"/>.</param>
/// <param name="DocFreqUnit">Whether the document-frequency bounds count documents or give a proportion.</param>
public sealed record TrimOptions(
    int? MinCount = null,
    int? MaxCount = null,
    double? MinDocFreq = null,
    double? MaxDocFreq = null,
    DocFreqUnit DocFreqUnit = DocFreqUnit.Count)
{
    /// <summary>Throws <see cref="ArgumentException"/> naming the first invalid option and the valid range.</summary>
    public void Validate()
    {
        if (MinCount < 0)
            throw new ArgumentException($"MinCount must be 0 or more, not {MinCount}.", nameof(MinCount));
        if (MaxCount < 0)
            throw new ArgumentException($"MaxCount must be 0 or more, not {MaxCount}.", nameof(MaxCount));
        if (MinCount > MaxCount)
            throw new ArgumentException($"MinCount ({MinCount}) is larger than MaxCount ({MaxCount}).", nameof(MinCount));
        if (!Enum.IsDefined(DocFreqUnit))
            throw new ArgumentException($"DocFreqUnit {DocFreqUnit} is not valid; valid: {string.Join(", ", Enum.GetNames<DocFreqUnit>())}.", nameof(DocFreqUnit));
        CheckDocFreq(MinDocFreq, nameof(MinDocFreq));
        CheckDocFreq(MaxDocFreq, nameof(MaxDocFreq));
        if (MinDocFreq > MaxDocFreq)
            throw new ArgumentException($"MinDocFreq ({MinDocFreq}) is larger than MaxDocFreq ({MaxDocFreq}).", nameof(MinDocFreq));
    }

    private void CheckDocFreq(double? value, string name)
    {
        if (value is not { } v) return;
        if (double.IsNaN(v) || v < 0)
            throw new ArgumentException($"{name} must be 0 or more, not {v}.", name);
        if (DocFreqUnit == DocFreqUnit.Proportion && v > 1)
            throw new ArgumentException($"{name} is a proportion (DocFreqUnit = Proportion) and must lie in [0, 1], not {v}; use DocFreqUnit.Count for a number of documents.", name);
        if (DocFreqUnit == DocFreqUnit.Count && v != Math.Floor(v))
            throw new ArgumentException($"{name} counts documents (DocFreqUnit = Count) and must be a whole number, not {v}; use DocFreqUnit.Proportion for a share of documents.", name);
    }
}
