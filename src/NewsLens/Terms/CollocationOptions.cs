namespace NewsLens.Terms;

/// <summary>The measure collocations are sorted by, largest first.</summary>
public enum CollocationSort
{
    /// <summary>Blaheta &amp; Johnson's z (quanteda's default order).</summary>
    Z,
    /// <summary>Number of occurrences.</summary>
    Count,
    /// <summary>Pointwise mutual information.</summary>
    Pmi,
    /// <summary>Likelihood ratio.</summary>
    G2,
    /// <summary>Student's t.</summary>
    TScore,
    /// <summary>Log odds ratio.</summary>
    Lambda,
}

/// <summary>Options of <see cref="Collocations.Compute"/>.</summary>
/// <param name="Size">Tokens per collocation: 2 (bigrams) or 3 (trigrams).</param>
/// <param name="MinCount">Report only sequences occurring at least this often (the counts behind the scores are unaffected).</param>
/// <param name="CrossPunctuation">
/// When false (the default), punctuation tokens (<see cref="NewsLens.Text.TokenKind.Punctuation"/>)
/// split a document into segments: no collocation spans them and they are not counted at all, as
/// if each segment were a document of its own. When true they are ordinary tokens.
/// </param>
/// <param name="SortBy">Order of the rows (largest first; ties in order of first occurrence).</param>
public sealed record CollocationOptions(int Size = 2, int MinCount = 2, bool CrossPunctuation = false, CollocationSort SortBy = CollocationSort.Z)
{
    /// <summary>Throws <see cref="ArgumentException"/> naming the first invalid option and its valid values.</summary>
    public void Validate()
    {
        if (Size is not (2 or 3))
            throw new ArgumentException($"Size must be 2 or 3, not {Size}.", nameof(Size));
        if (MinCount < 1)
            throw new ArgumentException($"MinCount must be 1 or more, not {MinCount}.", nameof(MinCount));
        if (!Enum.IsDefined(SortBy))
            throw new ArgumentException($"SortBy {(int)SortBy} is not valid; valid: {string.Join(", ", Enum.GetNames<CollocationSort>())}.", nameof(SortBy));
    }
}
