namespace NewsLens.Stance;

/// <summary>
/// Person names in news text for speaker attribution: a name is a run of capitalised words; titles, ranks,
/// offices and nationality words before it are stripped ("US Vice President Mike Pence" → "Mike Pence",
/// "Turkish Defence Industry Directorate Ismail Demir" → "Ismail Demir").
/// </summary>
public static class SpeakerNames
{
    /// <summary>Words that make up titles and offices (compared case-insensitively, full stop ignored).</summary>
    internal static readonly HashSet<string> TitleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "sir", "dame", "president", "vice", "prime", "minister", "ministry", "foreign",
        "defence", "defense", "secretary", "state", "deputy", "assistant", "acting", "chancellor", "senator", "sen",
        "rep", "representative", "representatives", "congressman", "congressmen", "congresswoman", "general", "gen",
        "admiral", "adm", "ambassador", "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "chief",
        "head", "director", "directorate", "king", "queen", "prince", "sheikh", "premier", "governor", "mayor",
        "officer", "commander", "colonel", "col", "lieutenant", "lt", "affairs", "industry", "interior", "finance",
        "republican", "republicans", "democratic", "democrat", "democrats", "former", "senior", "federal", "service",
        "military", "technical", "cooperation", "house", "committee", "department", "office", "agency", "council",
        "us", "u.s", "uk", "u.k", "eu", "un", "nato", "american", "turkish", "russian", "indian", "chinese", "syrian",
        "british", "french", "german", "iranian", "israeli", "ukrainian", "european", "kremlin", "pentagon", "white",
        "leader", "analyst", "expert", "economy", "trade", "energy", "justice", "security", "national", "executive",
        "ceo", "founder", "professor", "judge", "justice", "attorney", "envoy", "negotiator", "counsel", "adviser", "advisor",
    };

    /// <summary>Last words of organisation names ("… Policy Studies", "… Foreign Ministry", "… Council").</summary>
    private static readonly HashSet<string> OrganisationHeads = new(StringComparer.Ordinal)
    {
        "Studies", "Center", "Centre", "Institute", "Institution", "Council", "Foundation", "University", "Agency",
        "Committee", "Ministry", "Department", "Organisation", "Organization", "Association", "Union", "Forum",
        "Commission", "Party", "Bureau", "Academy", "Society", "Board", "Corporation", "Administration", "Group",
    };

    /// <summary>True for a word that ends organisation names ("Studies", "Ministry", "Council", "Institute").</summary>
    public static bool IsOrganisationHead(string word) => OrganisationHeads.Contains(word);

    /// <summary>Lower-case nouns that, after "the", refer to a person named earlier ("the Turkish president said").</summary>
    internal static readonly HashSet<string> RoleNouns = new(StringComparer.Ordinal)
    {
        "president", "minister", "secretary", "spokesman", "spokeswoman", "chancellor", "premier", "leader", "senator", "ambassador", "chairman",
    };

    /// <summary>
    /// The person name in a run of capitalised words: the words after the last title word, at most the last two
    /// when more than three remain; null when nothing but titles is left.
    /// </summary>
    public static string? FromRun(IReadOnlyList<string> run)
    {
        ArgumentNullException.ThrowIfNull(run);
        int last = -1;
        for (int i = 0; i < run.Count; i++) if (IsTitle(run[i])) last = i;
        var name = run.Skip(last + 1).ToList();
        if (name.Count == 0) return null;
        if (name.Count > 3) name = name.Skip(name.Count - 2).ToList();
        return string.Join(" ", name);
    }

    /// <summary>True when the run contains a title word before a name (a titled mention such as "President Erdogan").</summary>
    internal static bool HasTitle(IReadOnlyList<string> run) => run.Count > 1 && run.Take(run.Count - 1).Any(IsTitle);

    /// <summary>True for a title word ("Mr", "President", "Minister", "US").</summary>
    public static bool IsTitle(string word) => TitleWords.Contains(word.TrimEnd('.'));

    /// <summary>
    /// The default actor key of a speaker: the last word of the name (the surname), possessive removed; a description
    /// that ends in a lower-case role noun ("Turkey’s foreign minister") has no surname and is its own key.
    /// </summary>
    public static string DefaultActorKey(string speaker)
    {
        ArgumentNullException.ThrowIfNull(speaker);
        var words = speaker.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return speaker;
        var last = words[^1];
        if (words.Length > 1 && char.IsLower(last[0])) return speaker;
        foreach (var suffix in new[] { "’s", "'s" })
            if (last.EndsWith(suffix, StringComparison.Ordinal)) last = last[..^suffix.Length];
        return last;
    }

    /// <summary>Names as one phrase: "A", "A and B", "A, B and C".</summary>
    internal static string Joined(IReadOnlyList<string> names) =>
        names.Count <= 2 ? string.Join(" and ", names) : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1];
}
