namespace NewsLens.Text;

public sealed partial class Tokens
{
    /// <summary>
    /// Joins multi-word expressions into single tokens: each phrase ("air defence system", words separated
    /// by spaces) becomes "air_defence_system" wherever its words occur in sequence, matched
    /// case-insensitively on the current token texts (the joined token keeps them as they are). Where
    /// phrases overlap, the longest phrase starting first wins; matches do not overlap. The new token
    /// spans from the first word's Start to the last word's End, of kind <see cref="TokenKind.Compound"/>.
    /// One-word phrases change nothing.
    /// </summary>
    /// <exception cref="ArgumentException">A phrase is null or blank.</exception>
    public Tokens Compound(IEnumerable<string> phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        return Compound(phrases.Select(p =>
            p is null || string.IsNullOrWhiteSpace(p)
                ? throw new ArgumentException("Compound: a phrase is null or blank.", nameof(phrases))
                : p.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
    }

    /// <summary>Like <see cref="Compound(IEnumerable{string})"/> with each phrase given as its words.</summary>
    /// <exception cref="ArgumentException">A phrase is null, empty or has a blank word.</exception>
    public Tokens Compound(IEnumerable<string[]> phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        var byFirst = new Dictionary<string, List<string[]>>(StringComparer.OrdinalIgnoreCase);
        foreach (var p in phrases)
        {
            if (p is null || p.Length == 0 || p.Any(string.IsNullOrWhiteSpace))
                throw new ArgumentException("Compound: a phrase is null, empty or has a blank word.", nameof(phrases));
            if (p.Length < 2) continue;
            if (!byFirst.TryGetValue(p[0], out var list)) byFirst[p[0]] = list = [];
            list.Add(p);
        }
        foreach (var list in byFirst.Values) list.Sort((a, b) => b.Length.CompareTo(a.Length));
        if (byFirst.Count == 0) return new Tokens(_documents);

        return Map(ts =>
        {
            var result = new List<Token>(ts.Count);
            int i = 0;
            while (i < ts.Count)
            {
                int matched = 0;
                if (byFirst.TryGetValue(ts[i].Text, out var candidates))
                {
                    foreach (var phrase in candidates)
                    {
                        if (Matches(ts, i, phrase)) { matched = phrase.Length; break; }
                    }
                }
                if (matched > 0)
                {
                    result.Add(Join(ts, i, matched));
                    i += matched;
                }
                else result.Add(ts[i++]);
            }
            return result;
        });
    }

    private static bool Matches(IReadOnlyList<Token> ts, int start, string[] phrase)
    {
        if (start + phrase.Length > ts.Count) return false;
        for (int k = 0; k < phrase.Length; k++)
            if (!string.Equals(ts[start + k].Text, phrase[k], StringComparison.OrdinalIgnoreCase)) return false;
        return true;
    }
}
