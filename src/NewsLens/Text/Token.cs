namespace NewsLens.Text;

/// <summary>The kind of a token, as decided by the tokenizer.</summary>
public enum TokenKind
{
    /// <summary>A word, including hyphenated words, contractions and designators such as S-400.</summary>
    Word,
    /// <summary>A number, including money amounts and percentages.</summary>
    Number,
    /// <summary>Punctuation or a symbol.</summary>
    Punctuation,
    /// <summary>A web address.</summary>
    Url,
    /// <summary>An e-mail address.</summary>
    Email,
    /// <summary>A hashtag (#word).</summary>
    Hashtag,
    /// <summary>A handle (@name).</summary>
    Handle,
    /// <summary>Several tokens joined into one (an n-gram or a compounded multi-word expression).</summary>
    Compound,
}

/// <summary>
/// One token: its current form (after lower-casing, stemming or compounding) and the character
/// span [Start, End) in the document text it came from.
/// </summary>
/// <param name="Text">The token's current form.</param>
/// <param name="Start">Offset of the first character in the document text.</param>
/// <param name="End">Offset one past the last character in the document text.</param>
/// <param name="Kind">What the tokenizer took it for.</param>
public readonly record struct Token(string Text, int Start, int End, TokenKind Kind)
{
    /// <summary>Length of the span in the original text.</summary>
    public int Length => End - Start;
}
