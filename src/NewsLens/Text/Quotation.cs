namespace NewsLens.Text;

/// <summary>A quotation found by <see cref="QuoteSpans.Find"/>.</summary>
/// <param name="Start">Offset of the opening quotation mark.</param>
/// <param name="End">Offset one past the closing mark; for a quotation left open, one past its paragraph's last character.</param>
/// <param name="Text">The span [Start, End) exactly as in the text, marks and paragraph breaks included.</param>
/// <param name="Content">The quoted words without the quotation marks; the parts of a quotation that runs over
/// several paragraphs are joined with a single space.</param>
/// <param name="Paragraphs">Number of paragraphs the quotation runs over.</param>
/// <param name="Closed">False when the writer never closed the quotation (it ends at a paragraph end or where a new one opens).</param>
public sealed record Quotation(int Start, int End, string Text, string Content, int Paragraphs, bool Closed);
