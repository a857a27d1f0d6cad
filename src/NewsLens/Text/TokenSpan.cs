namespace NewsLens.Text;

/// <summary>
/// A token found by <see cref="Tokenizer.Enumerate(ReadOnlySpan{char}, bool)"/> without allocating its text: the character
/// span [Start, End) in the scanned text and the token's kind.
/// </summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset one past the last character.</param>
/// <param name="Kind">What the tokenizer took it for.</param>
public readonly record struct TokenSpan(int Start, int End, TokenKind Kind)
{
    /// <summary>Number of characters in the span.</summary>
    public int Length => End - Start;
}
