namespace NewsLens.Text;

/// <summary>
/// Splits news text into tokens in a single pass, keeping each token's character span in the text.
/// <list type="bullet">
/// <item>Words keep inner hyphens and apostrophes: "Turkey’s", "couldn’t", "surface-to-air", "Moscow-Ankara".</item>
/// <item>Designators stay whole: "S-400", "F-35", "S-400s", "F-35’s", "G20".</item>
/// <item>Numbers (<see cref="TokenKind.Number"/>): "2020", "1,000", "3.5%", and money with its currency sign:
/// "$900 million" gives the Number "$900" and the Word "million". Ordinals and alphanumerics
/// ("70th", "1990s") are Words.</item>
/// <item>Abbreviations keep their full stop: "Mr.", "Dec.", "etc.", "U.S.", "e.g.", an initial "J." before a
/// capitalised name, and "No." before a number.</item>
/// <item>Web addresses ("https://…", "www.example.com", "express.co.uk" with a known top-level domain),
/// e-mail addresses, #hashtags and @handles are single tokens of their own kinds.</item>
/// <item>Everything else is punctuation, one character a token, except "..." (and longer runs of stops)
/// and "--"; the ellipsis "…", dashes, quotation marks and symbols (including "$" without an amount and
/// emoji) are <see cref="TokenKind.Punctuation"/> tokens.</item>
/// </list>
/// </summary>
public static class Tokenizer
{
    /// <summary>
    /// Tokenizes <paramref name="text"/>; each token's text is the exact span of the input. With
    /// <paramref name="splitPossessive"/>, a final "’s" or "'s" becomes a Word token of its own
    /// ("Turkey’s" gives "Turkey" and "’s"); contractions such as "couldn’t" stay whole either way.
    /// </summary>
    public static IReadOnlyList<Token> Tokenize(string text, bool splitPossessive = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>(text.Length / 5 + 4);
        foreach (var t in Enumerate(text.AsSpan(), splitPossessive))
            tokens.Add(new Token(text.Substring(t.Start, t.Length), t.Start, t.End, t.Kind));
        return tokens;
    }

    /// <summary>
    /// Enumerates the tokens of <paramref name="text"/> as spans without allocating (for counting
    /// and matrix building): <c>foreach (var t in Tokenizer.Enumerate(text)) ...</c>. The tokens are
    /// the same as those of <see cref="Tokenize"/> with the same <paramref name="splitPossessive"/>.
    /// </summary>
    public static TokenSpanEnumerator Enumerate(ReadOnlySpan<char> text, bool splitPossessive = false) => new(text, splitPossessive);

    /// <summary>
    /// Enumerates the tokens of <paramref name="text"/> by <paramref name="scheme"/>: the news-aware rules above, or
    /// <see cref="TokenizerScheme.Simple"/> runs of letters and digits. <paramref name="splitPossessive"/> applies
    /// to <see cref="TokenizerScheme.News"/> only.
    /// </summary>
    public static TokenSpanEnumerator Enumerate(ReadOnlySpan<char> text, TokenizerScheme scheme, bool splitPossessive = false) =>
        new(text, splitPossessive && scheme == TokenizerScheme.News, scheme);
}
