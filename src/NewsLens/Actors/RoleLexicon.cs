namespace NewsLens.Actors;

/// <summary>
/// Role phrases used for role references ("the Turkish president", "Turkey's foreign minister") and for
/// remembering the role a person is introduced with ("Foreign Affairs Minister Mevlut Cavusoglu").
/// Synonyms map to one normalised role: "foreign affairs minister", "minister of foreign affairs",
/// "foreign secretary" and "secretary of state" are all "foreign minister"; "defense minister",
/// "defence secretary" and "secretary of defense" are all "defence minister".
/// </summary>
internal static class RoleLexicon
{
    private static readonly (string Phrase, string Role)[] Phrases =
    [
        ("president", "president"),
        ("vice president", "vice president"),
        ("vice-president", "vice president"),
        ("prime minister", "prime minister"),
        ("premier", "prime minister"),
        ("foreign minister", "foreign minister"),
        ("foreign affairs minister", "foreign minister"),
        ("minister of foreign affairs", "foreign minister"),
        ("foreign secretary", "foreign minister"),
        ("secretary of state", "foreign minister"),
        ("defence minister", "defence minister"),
        ("defense minister", "defence minister"),
        ("minister of defence", "defence minister"),
        ("minister of defense", "defence minister"),
        ("defence secretary", "defence minister"),
        ("defense secretary", "defence minister"),
        ("secretary of defense", "defence minister"),
        ("chancellor", "chancellor"),
        ("king", "king"),
        ("queen", "queen"),
        ("secretary general", "secretary general"),
        ("secretary-general", "secretary general"),
    ];

    /// <summary>Role phrases as lists of word keys, longest first.</summary>
    public static readonly IReadOnlyList<(string[] Keys, string Role)> Patterns = Phrases
        .Select(p => (WordScanner.Scan(p.Phrase).Select(t => t.Key).ToArray(), p.Role))
        .OrderByDescending(p => p.Item1.Length).ToList();

    /// <summary>The normalised role of a title ("Foreign Affairs Minister" gives "foreign minister"); unknown titles are lower-cased.</summary>
    public static string Normalise(string title)
    {
        var keys = WordScanner.Scan(title).Select(t => t.Key).ToArray();
        foreach (var (p, role) in Patterns)
            if (p.SequenceEqual(keys)) return role;
        return title.Trim().ToLowerInvariant();
    }

    /// <summary>The role phrase starting at token <paramref name="i"/> (longest), or null.</summary>
    public static (string Role, int Length)? MatchAt(IReadOnlyList<ScanToken> tokens, int i)
    {
        foreach (var (p, role) in Patterns)
        {
            if (i + p.Length > tokens.Count) continue;
            bool ok = true;
            for (int k = 0; k < p.Length && ok; k++) ok = tokens[i + k].Key == p[k];
            if (ok) return (role, p.Length);
        }
        return null;
    }

    /// <summary>The role phrase ending just before token <paramref name="end"/> (longest), or null.</summary>
    public static (string Role, int Start)? MatchEndingAt(IReadOnlyList<ScanToken> tokens, int end)
    {
        foreach (var (p, role) in Patterns)
        {
            int start = end - p.Length;
            if (start < 0) continue;
            bool ok = true;
            for (int k = 0; k < p.Length && ok; k++) ok = tokens[start + k].Key == p[k];
            if (ok) return (role, start);
        }
        return null;
    }
}
