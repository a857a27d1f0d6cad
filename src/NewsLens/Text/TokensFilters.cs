namespace NewsLens.Text;

public sealed partial class Tokens
{
    /// <summary>Applies <paramref name="transform"/> to every document's token list.</summary>
    private Tokens Map(Func<IReadOnlyList<Token>, IReadOnlyList<Token>> transform) =>
        new(_documents.Select(d => d with { Tokens = transform(d.Tokens) }));

    /// <summary>Keeps the tokens for which <paramref name="keep"/> is true.</summary>
    private Tokens Filter(Func<Token, bool> keep) => Map(ts => ts.Where(keep).ToArray());

    /// <summary>Changes each token's text with <paramref name="change"/>, keeping offsets and kind.</summary>
    private Tokens Rewrite(Func<Token, string> change) =>
        Map(ts =>
        {
            var result = new Token[ts.Count];
            for (int i = 0; i < result.Length; i++)
            {
                var t = ts[i];
                result[i] = t with { Text = change(t) };
            }
            return result;
        });

    /// <summary>Lower-cases every token (invariant culture).</summary>
    public Tokens ToLower() => Rewrite(t => t.Text.ToLowerInvariant());

    /// <summary>Drops punctuation tokens (symbols such as $ or emoji stay; see <see cref="RemoveSymbols"/>).</summary>
    public Tokens RemovePunctuation() => Filter(t => !TokenClass.IsPunctuation(t));

    /// <summary>Drops symbol tokens ($ + = © emoji …).</summary>
    public Tokens RemoveSymbols() => Filter(t => !TokenClass.IsSymbol(t));

    /// <summary>Drops <see cref="TokenKind.Number"/> tokens (numbers, money amounts, percentages).</summary>
    public Tokens RemoveNumbers() => Filter(t => t.Kind != TokenKind.Number);

    /// <summary>Drops web and e-mail addresses.</summary>
    public Tokens RemoveUrls() => Filter(t => t.Kind is not (TokenKind.Url or TokenKind.Email));

    /// <summary>
    /// Drops stopwords, matched case-insensitively; <paramref name="list"/> defaults to <see cref="Stopwords.English"/>.
    /// </summary>
    public Tokens RemoveStopwords(IReadOnlySet<string>? list = null)
    {
        var set = list ?? Stopwords.English;
        return Filter(t => !TokenClass.InSet(set, t.Text));
    }

    /// <summary>Stems every <see cref="TokenKind.Word"/> token with <see cref="Porter2Stemmer"/> (the result is lower-case).</summary>
    public Tokens Stem()
    {
        var stems = new Dictionary<string, string>(StringComparer.Ordinal);
        return Rewrite(t =>
        {
            if (t.Kind != TokenKind.Word) return t.Text;
            if (!stems.TryGetValue(t.Text, out var stem)) stems[t.Text] = stem = Porter2Stemmer.Stem(t.Text);
            return stem;
        });
    }

    /// <summary>Keeps tokens of at least <paramref name="minLength"/> characters.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minLength"/> is less than 1.</exception>
    public Tokens KeepMinLength(int minLength)
    {
        if (minLength < 1)
            throw new ArgumentOutOfRangeException(nameof(minLength), minLength, "KeepMinLength needs a length of 1 or more.");
        return Filter(t => t.Text.Length >= minLength);
    }

    /// <summary>Keeps only the tokens whose text is one of <paramref name="features"/> (case-insensitive).</summary>
    public Tokens Select(IEnumerable<string> features)
    {
        var set = FeatureSet(features, nameof(features));
        return Filter(t => set.Contains(t.Text));
    }

    /// <summary>Drops the tokens whose text is one of <paramref name="features"/> (case-insensitive).</summary>
    public Tokens Remove(IEnumerable<string> features)
    {
        var set = FeatureSet(features, nameof(features));
        return Filter(t => !set.Contains(t.Text));
    }

    private static HashSet<string> FeatureSet(IEnumerable<string> features, string name)
    {
        ArgumentNullException.ThrowIfNull(features, name);
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var f in features)
            set.Add(f ?? throw new ArgumentException("The feature list contains a null entry.", name));
        return set;
    }
}
