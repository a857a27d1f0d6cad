namespace NewsLens.Actors;

/// <summary>Options of <see cref="ActorRecognizer"/>.</summary>
public sealed record ActorRecognizerOptions
{
    /// <summary>
    /// Splits a text into sentences, as (start, end) character spans in text order; null uses the
    /// library's <see cref="NewsLens.Text.SentenceSplitter"/>.
    /// </summary>
    public Func<string, IReadOnlyList<(int Start, int End)>>? SentenceSpans { get; init; }

    /// <summary>Find people the dictionary lacks from titles, appositions and speech verbs (default true).</summary>
    public bool DiscoverPeople { get; init; } = true;

    /// <summary>Resolve role references ("the Turkish president") to the role holder (default true).</summary>
    public bool ResolveRoles { get; init; } = true;

    /// <summary>
    /// In <see cref="ActorRecognizer.Analyze"/>, let a bare surname ("Pence") resolve to a person discovered
    /// with a full name in another document when that surname belongs to only one discovered person (default true).
    /// </summary>
    public bool ResolveAcrossDocuments { get; init; } = true;

    /// <summary>
    /// How many preceding sentences count as context for context aliases ("the alliance" is NATO only when NATO
    /// was mentioned in the same sentence or this many sentences before). Default 3; must be 0 or more.
    /// </summary>
    public int ContextSentences { get; init; } = 3;

    /// <summary>Default options.</summary>
    public static ActorRecognizerOptions Default { get; } = new();
}
