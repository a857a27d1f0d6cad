namespace NewsLens.Stance;

/// <summary>
/// Speakers described rather than named, for speaker attribution:
/// <list type="bullet">
/// <item>a noun phrase whose head is a generic speaker noun (official, insider, diplomats, spokesman, sources, leaders,
/// ministers, administration, government, ministry, authorities, ...) with a name inside it: "One NATO insider", "A senior
/// US State Department official", "Pentagon leaders", "The Trump administration", "Russian officials", "Turkey’s defence
/// ministry"; the name inside (<see cref="ActorIn"/>) is what the phrase resolves to;</item>
/// <item>institutions written with words that are otherwise titles ("US" in "US Vice President Mike Pence"): "the US",
/// "NATO", "the EU", "the Kremlin", "the Pentagon", "the White House" (<see cref="IsInstitution"/>).</item>
/// </list>
/// </summary>
public static class SpeakerDescriptions
{
    /// <summary>Head nouns of descriptions that speak ("officials said", "the administration warned").</summary>
    private static readonly HashSet<string> HeadNouns = new(StringComparer.Ordinal)
    {
        "official", "officials", "insider", "insiders", "diplomat", "diplomats", "spokesman", "spokesmen", "spokeswoman",
        "spokeswomen", "spokesperson", "spokespeople", "source", "sources", "leader", "leaders", "minister", "ministers",
        "administration", "government", "ministry", "authorities", "aide", "aides", "envoy", "envoys", "embassy", "military",
    };

    /// <summary>Head nouns that describe one person (a pronoun may refer to them: "One NATO insider said … he added").</summary>
    private static readonly HashSet<string> PersonHeads = new(StringComparer.Ordinal)
    {
        "official", "insider", "diplomat", "spokesman", "spokeswoman", "spokesperson", "source", "leader", "minister", "aide", "envoy",
    };

    /// <summary>Words that open a description ("a", "the", "one", "several", "other").</summary>
    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "one", "two", "three", "four", "five", "six", "several", "some", "many", "most", "other", "few",
        "both", "all", "these", "those", "various", "its", "their",
    };

    /// <summary>Lower-case words that may stand between a determiner and the head ("a senior … official", "US defense officials").</summary>
    private static readonly HashSet<string> Modifiers = new(StringComparer.Ordinal)
    {
        "senior", "top", "high-ranking", "high-level", "ranking", "unnamed", "anonymous", "former", "current", "leading",
        "government", "military", "defence", "defense", "foreign", "security", "intelligence", "diplomatic", "state",
        "administration", "ministry", "embassy", "trade", "economy", "finance", "energy", "congressional", "federal",
        "national", "western", "other", "two", "three", "several",
    };

    /// <summary>Institutions written with title words, compared with a final full stop removed.</summary>
    private static readonly HashSet<string> Institutions = new(StringComparer.Ordinal)
    {
        "US", "U.S", "USA", "UK", "U.K", "EU", "UN", "NATO", "Nato", "Kremlin", "Pentagon", "White House",
    };

    /// <summary>True for a head noun of a speaking description ("official", "officials", "administration", "ministry").</summary>
    public static bool IsHeadNoun(string word) => HeadNouns.Contains(word);

    /// <summary>True for a word that opens a description ("a", "the", "one", "several").</summary>
    internal static bool IsDeterminer(string word) => Determiners.Contains(word);

    /// <summary>True for a lower-case word that may qualify the head of a description ("senior", "defense").</summary>
    internal static bool IsModifier(string word) => Modifiers.Contains(word);

    /// <summary>
    /// True when <paramref name="name"/> is an institution written with title words: "US", "U.S.", "UK", "EU", "UN", "NATO",
    /// "Kremlin", "Pentagon", "White House" (a run of these words alone is a name, not a title).
    /// </summary>
    public static bool IsInstitution(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Institutions.Contains(name.TrimEnd('.'));
    }

    /// <summary>
    /// The name inside a description that speaks: "NATO" in "One NATO insider", "US State Department" in "A senior US State
    /// Department official", "Trump" in "The Trump administration", "Russian" in "Russian officials", "Turkey" in "Turkey’s
    /// foreign minister" (possessive removed); the capitalised words nearest the head noun. Null when
    /// <paramref name="speaker"/> does not end in a head noun (<see cref="IsHeadNoun"/>) or names no one ("A senior official").
    /// </summary>
    public static string? ActorIn(string speaker)
    {
        ArgumentNullException.ThrowIfNull(speaker);
        var words = speaker.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || !IsHeadNoun(words[^1])) return null;
        int end = words.Length - 2;
        while (end >= 0 && !IsName(words[end], end)) end--;
        if (end < 0) return null;
        int start = end;
        // "Russia’s Foreign Ministry officials": the run stops before a possessive that is not its last word
        while (start > 0 && IsName(words[start - 1], start - 1) && !IsPossessive(words[start - 1])) start--;
        var run = words[start..(end + 1)];
        run[^1] = StripPossessive(run[^1]);
        return string.Join(" ", run);
    }

    /// <summary>
    /// True when <paramref name="speaker"/> stands for a body or a group rather than one person: an institution ("US",
    /// "NATO") or a description with a plural or collective head ("Pentagon leaders", "The Trump administration"). A
    /// pronoun ("he said") never refers back to such a speaker.
    /// </summary>
    public static bool IsCollective(string speaker)
    {
        ArgumentNullException.ThrowIfNull(speaker);
        if (IsInstitution(speaker)) return true;
        var words = speaker.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && IsHeadNoun(words[^1]) && !PersonHeads.Contains(words[^1]) && ActorIn(speaker) is not null;
    }

    // a capitalised word that is not the determiner opening the phrase ("One", "A", "The")
    private static bool IsName(string word, int index) =>
        word.Length > 0 && char.IsUpper(word[0]) && !(index == 0 && IsDeterminer(word));

    private static bool IsPossessive(string w) => w.EndsWith("’s", StringComparison.Ordinal) || w.EndsWith("'s", StringComparison.Ordinal);

    private static string StripPossessive(string w) => IsPossessive(w) ? w[..^2] : w;
}
