namespace NewsLens.Text;

/// <summary>Which tokenizer <see cref="Tokens.From"/> and the document-feature matrix builders use.</summary>
public enum TokenizerScheme
{
    /// <summary>
    /// The news-aware tokenizer described on <see cref="Tokenizer"/>: designators (S-400), abbreviations (U.S.),
    /// money and numbers, web and e-mail addresses, hashtags and handles, punctuation tokens. The default.
    /// </summary>
    News,

    /// <summary>
    /// Runs of letters and digits (Unicode categories L and N, one UTF-16 unit at a time), joined by a single
    /// inner hyphen or apostrophe (' ’ -): the rule of the regular expression <c>[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*</c>,
    /// as scikit-learn users write with <c>token_pattern</c> (quanteda's "fasterword" is a similar quick scheme).
    /// Faster than <see cref="News"/>; no punctuation tokens, and "U.S." is "U" and "S". A run of decimal digits
    /// is a <see cref="TokenKind.Number"/>, every other token a <see cref="TokenKind.Word"/>.
    /// </summary>
    Simple,
}
