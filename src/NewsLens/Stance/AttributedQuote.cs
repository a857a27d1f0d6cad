using NewsLens.Text;

namespace NewsLens.Stance;

/// <summary>A quotation with its speaker.</summary>
/// <param name="Quote">The quotation (from <see cref="QuoteSpans.Find"/>).</param>
/// <param name="Speaker">The speaker's name as written (titles stripped), or null when none was found.</param>
/// <param name="Rule">How the speaker was found: "said-after" (“…,” said X), "subject" (X said / X warned),
/// "cited" (cited X as saying), "according-to", "pronoun" (he said → the last named person), "continuation"
/// (the previous quotation's speaker), "previous-sentence", "next-sentence", "previous-paragraph" (the reported speech ending the previous
/// paragraph); "none" when not found.</param>
public sealed record AttributedQuote(Quotation Quote, string? Speaker, string Rule);
