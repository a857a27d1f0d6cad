namespace NewsLens.Actors;

/// <summary>
/// One alias as a token sequence with its case rules. Case rules keep matching precise without a
/// part-of-speech tagger: a short single-word alias written in capitals ("US", "UN", "RIA") matches only
/// an all-capital word (so "us" and "Us" never match); a short mixed-case alias ("May") matches only
/// exactly; otherwise every alias word written with a capital must be capitalised in the text, and
/// words written in lower case ("the", "al") match in any case. Upper-case dictionary aliases (Phoenix)
/// need only their first word capitalised, since their source case carries no information.
/// </summary>
internal sealed class AliasPattern
{
    public required int ActorIndex { get; init; }
    public required string[] Keys { get; init; }
    /// <summary>Per word: the text word must start with a capital.</summary>
    public required bool[] MustCapitalise { get; init; }
    /// <summary>The text word must be written exactly as <see cref="Written"/> (short mixed-case aliases).</summary>
    public bool Exact { get; init; }
    /// <summary>The text word must be all capitals (short upper-case aliases).</summary>
    public bool AllCaps { get; init; }
    public required string[] Written { get; init; }
    public bool Contextual { get; init; }
    /// <summary>Higher wins among patterns of the same length (user dictionary over supplement over Phoenix).</summary>
    public int Priority { get; init; }

    public static AliasPattern? Create(string alias, int actorIndex, int priority, bool contextual)
    {
        var tokens = WordScanner.Scan(alias);
        if (tokens.Count == 0) return null;
        var written = tokens.Select(t => t.Text).ToArray();
        var keys = tokens.Select(t => t.Key).ToArray();
        bool upperSource = !alias.Any(char.IsLower);
        var must = new bool[tokens.Count];
        if (upperSource)
        {
            int first = tokens.FindIndex(t => t.IsWord && t.Key != "THE");
            if (first < 0) first = 0;
            must[first] = tokens[first].IsWord && char.IsLetter(tokens[first].Text[0]);
        }
        else
        {
            for (int k = 0; k < tokens.Count; k++) must[k] = tokens[k].IsWord && char.IsUpper(tokens[k].Text[0]);
        }
        bool single = tokens.Count == 1;
        int letters = single ? keys[0].Count(char.IsLetter) : 0;
        bool allCaps = single && upperSource && letters <= 3;
        bool exact = single && !upperSource && letters <= 4;
        if (single && !upperSource && letters <= 5 && tokens[0].IsAllCaps) allCaps = true;
        return new AliasPattern
        {
            ActorIndex = actorIndex, Keys = keys, MustCapitalise = must, Written = written,
            AllCaps = allCaps, Exact = exact && !allCaps, Contextual = contextual, Priority = priority,
        };
    }

    /// <summary>True when the text tokens from <paramref name="start"/> satisfy the case rules.</summary>
    public bool CaseMatches(IReadOnlyList<ScanToken> tokens, int start)
    {
        if (Exact)
            return tokens[start].Text.Replace(".", "") == Written[0].Replace(".", "");
        if (AllCaps)
            return tokens[start].IsAllCaps;
        for (int k = 0; k < Keys.Length; k++)
        {
            if (MustCapitalise[k] && !tokens[start + k].IsCapitalised) return false;
        }
        return true;
    }
}
