namespace NewsLens.Text;

/// <summary>
/// How <see cref="Tokens.From"/> turns documents into tokens. The steps run in this order: tokenize,
/// drop punctuation / symbols / numbers / addresses, drop stopwords (matched case-insensitively on the
/// token as written), lower-case, stem, drop tokens shorter than <see cref="MinLength"/>.
/// Call <see cref="Validate"/> (done by <see cref="Tokens.From"/>) to check the values.
/// </summary>
public sealed record TokenizerOptions
{
    /// <summary>The defaults: lower-case, drop punctuation, keep everything else.</summary>
    public static TokenizerOptions Default { get; } = new();

    /// <summary>The tokenizer: <see cref="TokenizerScheme.News"/> (default) or the faster <see cref="TokenizerScheme.Simple"/>.</summary>
    public TokenizerScheme Scheme { get; init; } = TokenizerScheme.News;

    /// <summary>Lower-case every token (invariant culture). Default true.</summary>
    public bool Lowercase { get; init; } = true;

    /// <summary>(News scheme only.) Split a final possessive "’s" into a token of its own ("Turkey’s" gives "turkey", "’s"). Default false.</summary>
    public bool SplitPossessive { get; init; }

    /// <summary>Drop punctuation tokens (<see cref="TokenKind.Punctuation"/> tokens that are not symbols). Default true.</summary>
    public bool RemovePunctuation { get; init; } = true;

    /// <summary>Drop <see cref="TokenKind.Number"/> tokens (including money amounts and percentages). Default false.</summary>
    public bool RemoveNumbers { get; init; }

    /// <summary>Drop web and e-mail addresses (<see cref="TokenKind.Url"/>, <see cref="TokenKind.Email"/>). Default false.</summary>
    public bool RemoveUrls { get; init; }

    /// <summary>
    /// Drop symbols: <see cref="TokenKind.Punctuation"/> tokens whose first character is a Unicode symbol
    /// (currency, math, modifier or other symbol such as emoji: $ + = © …). Default false.
    /// </summary>
    public bool RemoveSymbols { get; init; }

    /// <summary>Stem words with <see cref="Porter2Stemmer"/> (Word tokens only). Default false.</summary>
    public bool Stem { get; init; }

    /// <summary>Stopwords to drop, e.g. <see cref="Stopwords.English"/>; null keeps all words. Default null.</summary>
    public IReadOnlySet<string>? Stopwords { get; init; }

    /// <summary>Drop tokens shorter than this many characters (after stemming). At least 1; default 1.</summary>
    public int MinLength { get; init; } = 1;

    /// <summary>Checks the options; throws <see cref="ArgumentException"/> naming the wrong one and its valid values.</summary>
    public TokenizerOptions Validate()
    {
        if (MinLength < 1)
            throw new ArgumentException(
                $"TokenizerOptions.MinLength must be 1 or more (got {MinLength}); use 1 to keep tokens of every length.",
                nameof(MinLength));
        if (!Enum.IsDefined(Scheme))
            throw new ArgumentException(
                $"TokenizerOptions.Scheme {(int)Scheme} is not a tokenizer; valid: {string.Join(", ", Enum.GetNames<TokenizerScheme>())}.",
                nameof(Scheme));
        if (SplitPossessive && Scheme != TokenizerScheme.News)
            throw new ArgumentException(
                "TokenizerOptions.SplitPossessive needs Scheme = News (the Simple scheme keeps \"Turkey’s\" whole).",
                nameof(SplitPossessive));
        return this;
    }
}
