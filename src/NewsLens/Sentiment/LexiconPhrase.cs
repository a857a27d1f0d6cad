namespace NewsLens.Sentiment;

/// <summary>A multi-word lexicon entry or idiom ("fed up", "kiss of death"): its words in order and its valence.</summary>
internal sealed record LexiconPhrase(string[] Words, double Valence)
{
    /// <summary>Groups phrases by their first word (ignoring case), longest phrase first so the longest match wins.</summary>
    public static SpanTable<LexiconPhrase[]> IndexByFirstWord(IEnumerable<LexiconPhrase> phrases)
    {
        var groups = new Dictionary<string, List<LexiconPhrase>>(StringComparer.OrdinalIgnoreCase);
        foreach (var p in phrases)
        {
            if (!groups.TryGetValue(p.Words[0], out var list)) groups[p.Words[0]] = list = [];
            list.Add(p);
        }
        return new SpanTable<LexiconPhrase[]>(groups.ToDictionary(
            g => g.Key, g => g.Value.OrderByDescending(p => p.Words.Length).ToArray(), StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>Splits a lexicon key on spaces; null when it is a single word.</summary>
    public static string[]? SplitWords(string key)
    {
        if (!key.Contains(' ')) return null;
        var words = key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 1 ? words : null;
    }
}
