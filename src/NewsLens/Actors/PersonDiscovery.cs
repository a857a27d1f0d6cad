namespace NewsLens.Actors;

/// <summary>A person found by <see cref="PersonDiscovery"/>: the name as written, its pieces, affiliation and introducing role.</summary>
internal sealed record DiscoveredPerson(string Name, int Pieces, string Surname, string? Affiliation);

/// <summary>
/// Finds people the dictionary lacks, from patterns of news writing:
/// <list type="bullet">
/// <item>a title run followed by a capitalised name: "Turkish Defense Minister Fikri Isik", "Mr Townsend",
/// "Head of Russia's Federal Service for Military and Technical Cooperation Dmitry Shugayev",
/// "Republican Congressmen Eliot Engel and Michael McCaul" (both names);</item>
/// <item>an apposition after a full name: "Can Kasapoglu, a defense analyst at the Istanbul-based ...",
/// "Alexander Mikheev, Russian state arms exporter Rosoboronexport";</item>
/// <item>a full name followed by a speech verb: "Mevlut Cavusoglu said";</item>
/// <item>a photo credit: "REUTERS/Grigory Dukor".</item>
/// </list>
/// The affiliation is the first country named in the title run ("Turkish", "Russia's", "Indian", "US"), else an
/// organisation there (its country, or its own name when it has none), else a country-specific title
/// ("Secretary of State", "Congressmen": United States), else the same from the apposition.
/// </summary>
internal sealed class PersonDiscovery(DocumentScan scan)
{
    private readonly List<ScanToken> _t = scan.Tokens;

    public List<(Hit Hit, DiscoveredPerson Person, string? Role)> Run()
    {
        var found = new List<(Hit, DiscoveredPerson, string?)>();
        var headline = HeadlineSentences();
        for (int i = 0; i < _t.Count; i++)
        {
            if (headline.Contains(scan.Sentence[i])) continue;
            bool capitalisedModal = IsCapitalisedCommonWord(i) && IsPiece(i + 1) && Contiguous(i, i + 1);
            if (!(IsPiece(i) || capitalisedModal) || (i > 0 && IsPiece(i - 1) && Contiguous(i - 1, i))) continue;
            var (end, pieces) = capitalisedModal ? Group(i + 1) : Group(i);
            if (capitalisedModal && pieces > 0) pieces++;
            if (pieces == 0) continue;
            if (end < _t.Count && _t[end].IsCapitalised && (TitleLexicon.Institutions.Contains(_t[end].Key) || TitleLexicon.Titles.Contains(_t[end].Key)))
            { i = end - 1; continue; }
            // "Secretary Antony J. Blinken": the words before a known person's name belong to it.
            if (end < _t.Count && (scan.HitAt[end] is { Actor.Kind: ActorKind.Person }
                || IsInitial(end) && end + 1 < _t.Count && scan.HitAt[end + 1] is { Actor.Kind: ActorKind.Person }))
            { i = end - 1; continue; }
            // "Chief Diversity and Inclusion Officer": one word joined to more capitalised words is part of a title.
            if (pieces == 1 && end + 1 < _t.Count && _t[end].Key is "AND" or "OF" or "FOR" && char.IsLower(_t[end].Text[0])
                && _t[end + 1].IsCapitalised)
            { i = end - 1; continue; }
            var result = TryTitled(i, end, pieces) ?? TryCredit(i, end, pieces) ?? TryAppositive(i, end, pieces) ?? TrySpeech(i, end, pieces);
            if (result is null) continue;
            var (affiliation, role, start) = result.Value;
            found.Add(Make(start, i, end, pieces, affiliation, role));
            // "Congressmen Eliot Engel and Michael McCaul": a second name after "and" shares the title.
            if (scan.IsWordKey(end, "AND") && IsPiece(end + 1))
            {
                var (end2, pieces2) = Group(end + 1);
                if (pieces2 >= 2) found.Add(Make(end + 1, end + 1, end2, pieces2, affiliation, role));
                end = end2;
            }
            i = end - 1;
        }
        return found;
    }

    private (Hit, DiscoveredPerson, string?) Make(int spanStart, int nameStart, int end, int pieces, string? affiliation, string? role)
    {
        var name = scan.Text[_t[nameStart].Start.._t[end - 1].End];
        int surnameStart = end - 1;
        while (surnameStart > nameStart && _t[surnameStart].HyphenBefore) surnameStart--;
        var surname = scan.Text[_t[surnameStart].Start.._t[end - 1].End];
        var person = new DiscoveredPerson(name, pieces, surname, affiliation);
        var hit = new Hit(spanStart, end - 1, new ResolvedActor(name, ActorKind.Person, affiliation));
        return (hit, person, role);
    }

    /// <summary>
    /// Sentences written in title case (headlines such as "Turkey Turns To Russia's Most Advanced Air Defense
    /// System Instead Of Buying From NATO"), where capitals say nothing about names: no discovery there.
    /// </summary>
    private HashSet<int> HeadlineSentences()
    {
        // Prose never capitalises function words in mid-sentence; headlines do ("Turns To", "Instead Of Buying From").
        var result = new HashSet<int>();
        foreach (var g in Enumerable.Range(1, Math.Max(0, _t.Count - 1))
                     .Where(k => scan.Sentence[k - 1] == scan.Sentence[k] && _t[k - 1].IsWord && _t[k].IsWord
                                 && char.IsUpper(_t[k].Text[0]) && !_t[k].IsAllCaps && TitleLexicon.NotNames.Contains(_t[k].Key)
                                 && !TitleLexicon.Honorifics.Contains(_t[k].Key) && !TitleLexicon.Calendar.Contains(_t[k].Key)
                                 && !TitleLexicon.Titles.Contains(_t[k].Key))
                     .GroupBy(k => scan.Sentence[k]))
        {
            if (g.Count() >= 2) result.Add(g.Key);
        }
        return result;
    }

    /// <summary>
    /// A capitalised common word in mid-sentence after a lower-case word ("but Can Kasapoglu"): a modal or
    /// function word is never capitalised there, so it is a first name.
    /// </summary>
    private bool IsCapitalisedCommonWord(int i) =>
        i > 0 && i < _t.Count && !scan.Taken(i) && _t[i].IsWord && char.IsUpper(_t[i].Text[0]) && !_t[i].IsAllCaps
        && !TitleLexicon.Honorifics.Contains(_t[i].Key) && !TitleLexicon.Titles.Contains(_t[i].Key)
        && TitleLexicon.NotNames.Contains(_t[i].Key) && _t[i - 1].IsWord && char.IsLower(_t[i - 1].Text[0])
        && scan.Sentence[i - 1] == scan.Sentence[i];

    private bool IsInitial(int k) => _t[k].IsWord && _t[k].Text.Length == 2 && char.IsUpper(_t[k].Text[0]) && _t[k].Text[1] == '.';

    /// <summary>A word that can be part of a person's name.</summary>
    private bool IsPiece(int i)
    {
        if (i < 0 || i >= _t.Count || scan.Taken(i)) return false;
        var t = _t[i];
        if (!t.IsWord || t.IsPossessive || !char.IsUpper(t.Text[0]) || t.Text.Length < 2) return false;
        if (t.IsAllCaps) return false;
        if (!t.Text.All(c => char.IsLetter(c) || WordScanner.IsApostrophe(c) || c == '.')) return false;
        // an apostrophe only as in O'Brien or D'Souza, not "I'm"
        int apostrophe = t.Text.IndexOfAny(['\'', '’', 'ʼ']);
        if (apostrophe >= 0 && (apostrophe + 1 >= t.Text.Length || !char.IsUpper(t.Text[apostrophe + 1]))) return false;
        var k = t.Key;
        return !TitleLexicon.Titles.Contains(k) && !TitleLexicon.Institutions.Contains(k)
            && !TitleLexicon.NotNames.Contains(k) && !TitleLexicon.Honorifics.Contains(k);
    }

    private bool Contiguous(int a, int b) => _t[b].HyphenBefore || scan.Text.AsSpan(_t[a].End, _t[b].Start - _t[a].End).Trim().Length == 0
        && !scan.Text.AsSpan(_t[a].End, _t[b].Start - _t[a].End).Contains('\n');

    /// <summary>The name group starting at <paramref name="i"/>: end token (exclusive) and number of pieces (0 when too long).</summary>
    private (int End, int Pieces) Group(int i)
    {
        int k = i + 1, pieces = 1;
        while (k < _t.Count)
        {
            if (_t[k].HyphenBefore && IsPiece(k) && Contiguous(k - 1, k)) { k++; continue; }
            if (IsPiece(k) && Contiguous(k - 1, k)) { k++; pieces++; continue; }
            // particle inside a name: "Bashar al-Assad", "Ursula von der Leyen"
            if (TitleLexicon.IsParticle(_t[k].Key) && char.IsLower(_t[k].Text[0]) && IsPiece(k + 1) && Contiguous(k - 1, k))
            { k += 2; pieces++; continue; }
            break;
        }
        return pieces > 4 ? (k, 0) : (k, pieces);
    }

    private (string? Affiliation, string? Role, int Start)? TryTitled(int i, int end, int pieces)
    {
        int k = i - 1;
        if (k < 0 || !Contiguous(k, i)) return null;
        bool hasTitle = false, honorific = false;
        int runStart = i;
        var first = _t[k];
        bool strongBefore = first.IsCapitalised && (TitleLexicon.Titles.Contains(first.Key) || TitleLexicon.Honorifics.Contains(first.Key));
        bool institutionBefore = first.IsCapitalised && TitleLexicon.Institutions.Contains(first.Key)
            || scan.HitAt[k] is { Actor.Kind: ActorKind.Organisation };
        if (!strongBefore && !institutionBefore) return null;
        if (pieces == 1 && !strongBefore) return null;
        if (institutionBefore && !strongBefore && pieces < 2) return null;
        if (TitleLexicon.Honorifics.Contains(first.Key)) honorific = true;
        while (k >= 0)
        {
            var t = _t[k];
            if (scan.HitAt[k] is { } h && h.Actor.Kind != ActorKind.Person) { runStart = h.First; k = h.First - 1; continue; }
            if (t.IsPossessive) { k--; continue; }
            if (t.IsCapitalised && (TitleLexicon.Titles.Contains(t.Key) || TitleLexicon.Honorifics.Contains(t.Key)))
            { hasTitle = true; runStart = k; k--; continue; }
            if (t.IsCapitalised && TitleLexicon.Institutions.Contains(t.Key)) { runStart = k; k--; continue; }
            // other capitalised words inside an organisation name ("Federal Customs Service"), up to a limit
            if (t.IsCapitalised && !TitleLexicon.NotNames.Contains(t.Key) && i - k <= 12 && k > 0) { runStart = k; k--; continue; }
            if (t.Key is "OF" or "FOR" or "AND" or "THE" && char.IsLower(t.Text[0]) && k > 0 && (_t[k - 1].IsCapitalised || _t[k - 1].IsPossessive)) { k--; continue; }
            break;
        }
        if (!hasTitle) return null;
        string? affiliation = AffiliationIn(runStart, i);
        if (affiliation is null && end < _t.Count && _t[end].Key == ",") affiliation = AffiliationIn(end + 1, ClauseEnd(end + 1));
        var role = RoleLexicon.MatchEndingAt(_t, i)?.Role;
        int start = honorific ? i - 1 : i;
        return (affiliation, role, start);
    }

    private (string? Affiliation, string? Role, int Start)? TryCredit(int i, int end, int pieces)
    {
        if (pieces < 2 || i < 2 || _t[i - 1].Key != "/" || scan.HitAt[i - 2] is not { Actor.Kind: ActorKind.Organisation } org) return null;
        return (org.Actor.Affiliation ?? org.Actor.Name, null, i);
    }

    private (string? Affiliation, string? Role, int Start)? TryAppositive(int i, int end, int pieces)
    {
        if (pieces < 2 || end + 1 >= _t.Count || _t[end].Key != ",") return null;
        if (i > 0 && _t[i - 1].IsCapitalised && scan.Sentence[i - 1] == scan.Sentence[i]) return null;
        var next = _t[end + 1];
        bool opens = TitleLexicon.AppositiveOpeners.Contains(next.Key)
            || scan.HitAt[end + 1] is { Actor.Kind: ActorKind.Country or ActorKind.Organisation }
            || next.IsCapitalised && TitleLexicon.Titles.Contains(next.Key);
        if (!opens) return null;
        int stop = ClauseEnd(end + 1);
        // The apposition must describe a person: a person noun ("a defense analyst", "Secretary of State"), or a
        // nationality followed by an organisation ("Russian state arms exporter Rosoboronexport").
        bool personNoun = Enumerable.Range(end + 1, stop - end - 1).Any(k => TitleLexicon.PersonNouns.Contains(_t[k].Key));
        bool nationalityAndOrganisation = scan.HitAt[end + 1] is { Actor.Kind: ActorKind.Country }
            && Enumerable.Range(end + 1, stop - end - 1).Any(k => scan.HitAt[k] is { Actor.Kind: ActorKind.Organisation });
        if (!personNoun && !nationalityAndOrganisation) return null;
        return (AffiliationIn(end + 1, stop), RoleLexicon.MatchAt(_t, end + 1)?.Role, i);
    }

    private (string? Affiliation, string? Role, int Start)? TrySpeech(int i, int end, int pieces)
    {
        if (pieces < 2 || end >= _t.Count || !char.IsLower(_t[end].Text[0]) || !TitleLexicon.SpeechVerbs.Contains(_t[end].Key)) return null;
        if (i > 0 && _t[i - 1].IsCapitalised && scan.Sentence[i - 1] == scan.Sentence[i]) return null;
        return (null, null, i);
    }

    /// <summary>End (exclusive) of the clause starting at <paramref name="from"/>: next comma, semicolon, bracket or sentence end, at most 25 tokens.</summary>
    private int ClauseEnd(int from)
    {
        int k = from;
        while (k < _t.Count && k - from < 25 && scan.Sentence[k] == scan.Sentence[Math.Min(from, _t.Count - 1)]
               && _t[k].Key is not ("," or ";" or "(" or ")" or "." or ":"))
            k++;
        return k;
    }

    /// <summary>The affiliation named in tokens [from, to): first country, else a country-specific title, else an organisation.</summary>
    private string? AffiliationIn(int from, int to)
    {
        for (int k = from; k < to; k++)
            if (scan.HitAt[k] is { Actor.Kind: ActorKind.Country } c) return c.Actor.Name;
        for (int k = from; k < to; k++)
        {
            foreach (var (keys, country) in TitleLexicon.CountrySpecificTitles)
            {
                if (k + keys.Length > to) continue;
                bool ok = true;
                for (int j = 0; j < keys.Length && ok; j++) ok = _t[k + j].Key == keys[j];
                if (ok && !(keys[^1] == "STATE" && scan.IsWordKey(k + keys.Length, "FOR"))) return country;
            }
        }
        for (int k = from; k < to; k++)
            if (scan.HitAt[k] is { Actor.Kind: ActorKind.Organisation } o) return o.Actor.Affiliation ?? o.Actor.Name;
        return null;
    }
}
