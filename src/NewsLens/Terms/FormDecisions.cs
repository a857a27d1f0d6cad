using NewsLens.Text;

namespace NewsLens.Terms;

/// <summary>
/// What <see cref="Tokens.From"/> makes of each written form: dropped (punctuation, symbol, stopword, too
/// short) or a feature (lower-cased, stemmed). That depends only on the form and on whether it is a Word
/// (only words are stemmed) or punctuation (which may be dropped as such), so it is worked out the first
/// time a form is seen and looked up by span afterwards. Not thread-safe: one instance per thread.
/// </summary>
internal sealed class FormDecisions(TokenizerOptions options)
{
    /// <summary>Returned by <see cref="Decide"/> for a token that is dropped.</summary>
    public const int Dropped = -1;

    // One table per kind class: words (may be stemmed), punctuation (may be dropped as such), and the
    // other kinds (hashtags, handles, numbers and addresses when kept). Values: index into _features or Dropped.
    private readonly SpanTable _words = new();
    private readonly SpanTable _punctuation = new();
    private readonly SpanTable _others = new();
    private readonly List<string> _features = new();
    private readonly Dictionary<string, int> _featureIndex = new(StringComparer.Ordinal);

    public TokenizerOptions Options => options;

    /// <summary>
    /// The feature of a decision returned by <see cref="Decide"/>. Decisions are feature indices: two forms
    /// with the same feature ("The", "the") get the same decision, and different features different ones.
    /// </summary>
    public string Feature(int decision) => _features[decision];

    /// <summary>The decision for a token: an index of its feature text, or <see cref="Dropped"/>.</summary>
    public int Decide(ReadOnlySpan<char> form, TokenKind kind)
    {
        SpanTable table;
        switch (kind)
        {
            case TokenKind.Word: table = _words; break;
            case TokenKind.Punctuation: table = _punctuation; break;
            case TokenKind.Number when options.RemoveNumbers:
            case TokenKind.Url or TokenKind.Email when options.RemoveUrls:
                return Dropped;
            default: table = _others; break;
        }
        if (table.TryGetValue(form, out var decision)) return decision;
        return Add(table, form, kind);
    }

    /// <summary>
    /// <see cref="Decide"/> for a <see cref="TokenizerScheme.Simple"/> token (a Word or a Number) whose
    /// <see cref="SpanTable.Hash"/> was computed while scanning it.
    /// </summary>
    public int DecideSimple(ReadOnlySpan<char> form, int hash, bool number)
    {
        if (number && options.RemoveNumbers) return Dropped;
        var table = number ? _others : _words;
        return table.TryGetValue(form, hash, out var decision) ? decision : Add(table, form, number ? TokenKind.Number : TokenKind.Word);
    }

    private int Add(SpanTable table, ReadOnlySpan<char> form, TokenKind kind)
    {
        int decision;
        var written = form.ToString();
        var feature = Steps(written, kind);
        if (feature is null) decision = Dropped;
        else if (!_featureIndex.TryGetValue(feature, out decision))
        {
            decision = _features.Count;
            _featureIndex.Add(feature, decision);
            _features.Add(feature);
        }
        table.Add(form, decision);
        return decision;
    }

    /// <summary>The steps of <see cref="Tokens.From"/> after tokenizing, for one written form; null when it is dropped.</summary>
    private string? Steps(string written, TokenKind kind)
    {
        if (kind == TokenKind.Punctuation && (TokenClass.StartsWithSymbol(written) ? options.RemoveSymbols : options.RemovePunctuation))
            return null;
        if (options.Stopwords is { } stop && TokenClass.InSet(stop, written)) return null;
        var form = options.Lowercase ? written.ToLowerInvariant() : written;
        if (options.Stem && kind == TokenKind.Word) form = Porter2Stemmer.Stem(form);
        return form.Length < options.MinLength ? null : form;
    }
}
