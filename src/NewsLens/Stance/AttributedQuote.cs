using NewsLens.Text;

namespace NewsLens.Stance;

/// <summary>A quotation with its speaker.</summary>
/// <param name="Quote">The quotation (from <see cref="QuoteSpans.Find"/>).</param>
/// <param name="Speaker">The speaker's name as written (titles stripped), or null when none was found; joined speakers as
/// one phrase ("Eliot Engel and Michael McCaul", "Russia, Turkey and Iran", each also in <see cref="Speakers"/>); a speaker
/// described rather than named as written ("a senior Turkish official", <see cref="SpeakerDescriptions"/>).</param>
/// <param name="Rule">How the speaker was found: "said-after" (“…,” said X), "subject" (X said / X warned), "joined"
/// (X and Y said, A, B and C said), "relative" (X, who warned), "participle" (the main clause's subject of "…, accusing …"),
/// "description" (Turkey’s foreign minister said, a senior Turkish official told), "cited" (cited X as saying), "according-to", "passive" (“…” was stressed by X), "latter-former" (the latter said: the second of the two
/// actors named before), "pronoun" (he said → the last named
/// person), "continuation" (the previous quotation's speaker), "previous-sentence", "next-sentence", "previous-paragraph"
/// (the reported speech ending the previous paragraph); "none" when not found.</param>
public sealed record AttributedQuote(Quotation Quote, string? Speaker, string Rule)
{
    /// <summary>Each speaker on its own: empty when there is none, one name, or one per conjunct of joined speakers.</summary>
    public IReadOnlyList<string> Speakers { get; init; } = Speaker is null ? [] : [Speaker];
}
