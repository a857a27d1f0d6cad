namespace NewsLens.Stance;

/// <summary>What a classifier may know about a sentence besides its words.</summary>
/// <param name="Speaker">Who says it (a quote's or reported speech's speaker), if known.</param>
/// <param name="IsQuote">True when the sentence lies inside a quotation.</param>
/// <param name="SpeakerPrior">The lean in [-1, 1] of the same speaker's earlier sentences about the target in the
/// same article (0 when none); lets a cue-less sentence in a speaker's quote follow what they said before.</param>
public sealed record StanceContext(string? Speaker = null, bool IsQuote = false, double SpeakerPrior = 0)
{
    /// <summary>No context.</summary>
    public static StanceContext Empty { get; } = new();
}
