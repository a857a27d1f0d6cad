namespace NewsLens.Stance;

/// <summary>The stance of one sentence that concerns the target.</summary>
/// <param name="DocumentId">The article.</param>
/// <param name="SentenceIndex">Position of the sentence in the article (from <see cref="NewsLens.Text.SentenceSplitter"/>).</param>
/// <param name="Start">Offset of its first character in the article text.</param>
/// <param name="End">Offset one past its last character.</param>
/// <param name="Text">The sentence.</param>
/// <param name="Speaker">Who says it (quote or reported speech), as written; null for the outlet's own words or when unknown.</param>
/// <param name="Actor">The speaker's actor key (resolver result, or the surname by default); for joined speakers their keys
/// joined with "and" ("Engel and McCaul"), each also in <see cref="Actors"/>; null without a speaker.</param>
/// <param name="IsQuote">True when most of the sentence lies inside a quotation.</param>
/// <param name="Relevance">Why the sentence concerns the target: "term", "quote" (same quotation as a sentence
/// with a term), "paragraph" (later in the paragraph of one), "anaphor" ("the deal" right after one).</param>
/// <param name="Label">The stance.</param>
/// <param name="Confidence">The classifier's confidence in the label (0..1).</param>
/// <param name="Lean">Signed lean in [-1, 1] (favor positive).</param>
/// <param name="Cues">The evidence cues the classifier reported.</param>
public sealed record SentenceStance(string DocumentId, int SentenceIndex, int Start, int End, string Text, string? Speaker, string? Actor,
    bool IsQuote, string Relevance, StanceLabel Label, double Confidence, double Lean, IReadOnlyList<string> Cues)
{
    /// <summary>Each speaker's actor key: empty without a speaker, one key, or one per joined speaker ("Erdogan and Putin
    /// said …" → Erdogan, Putin); the sentence counts for each in the actors' stances.</summary>
    public IReadOnlyList<string> Actors { get; init; } = Actor is null ? [] : [Actor];
}
