namespace NewsLens.Text;

/// <summary>
/// Abbreviations that keep their full stop ("Mr.", "Dec.", "Gen."). Matching is case-sensitive on
/// the form written before the stop. Dotted acronyms ("U.S.", "e.g.") and single initials ("J.")
/// are recognised by shape, not listed here.
/// </summary>
internal static class Abbreviations
{
    /// <summary>Titles, ranks, months and the like: never the end of a sentence.</summary>
    private static readonly string[] Titles =
    [
        "Mr", "Mrs", "Ms", "Messrs", "Mme", "Dr", "Prof", "St", "Gen", "Lt", "Col", "Maj", "Capt", "Cmdr",
        "Adm", "Sgt", "Cpl", "Pvt", "Gov", "Sen", "Rep", "Reps", "Pres", "Supt", "Rev", "Hon", "Amb", "Sec",
        "Jr", "Sr", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Mt", "Ft", "Ave", "Blvd", "Rd", "vs", "Vs", "approx", "Fig", "fig", "Vol", "vol", "Nos", "cf",
    ];

    /// <summary>Abbreviations that often end a sentence: they keep their stop in tokens but do not block a split.</summary>
    private static readonly string[] Trailing =
    [
        "etc", "Inc", "Ltd", "Corp", "Co", "Bros", "Plc", "plc",
    ];

    /// <summary>Longest listed abbreviation, to skip the lookup for longer words.</summary>
    private const int MaxLength = 6;

    /// <summary>True when <paramref name="word"/> followed by a full stop is a title-like abbreviation.</summary>
    public static bool IsTitle(ReadOnlySpan<char> word) => word.Length <= MaxLength && word.Length > 1 && Contains(Titles, word);

    /// <summary>True when <paramref name="word"/> followed by a full stop is any listed abbreviation.</summary>
    public static bool IsAny(ReadOnlySpan<char> word) =>
        word.Length <= MaxLength && word.Length > 1 && (Contains(Titles, word) || Contains(Trailing, word));

    private static bool Contains(string[] set, ReadOnlySpan<char> word)
    {
        foreach (var a in set)
            if (word.SequenceEqual(a)) return true;
        return false;
    }
}
