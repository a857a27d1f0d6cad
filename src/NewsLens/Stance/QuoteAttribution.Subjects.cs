using NewsLens.Text;

namespace NewsLens.Stance;

// Who a speech verb or participle belongs to: its subject, joined subjects, a relative clause's antecedent, the main
// clause's subject.
public static partial class QuoteAttribution
{
    /// <summary>A speaker found by a pattern: the phrase as written, each conjunct, and the rule.</summary>
    private sealed record Found(string Speaker, IReadOnlyList<string> Speakers, string Rule)
    {
        public static Found One(string name, string rule) => new(name, [name], rule);

        // "Eliot Engel and Michael McCaul"; "Russia, Turkey and Iran"
        public static Found Of(IReadOnlyList<string> names, string rule) =>
            new(SpeakerNames.Joined(names), names, rule);

        public Found As(string rule) => this with { Rule = rule };
    }

    /// <summary>
    /// Participles that report speech when they open a participial clause: "…, saying he is confident", "…, accusing
    /// Washington of …", "… replied on Twitter saying that …".
    /// </summary>
    private static readonly HashSet<string> Participles = new(StringComparer.Ordinal)
    {
        "saying", "accusing", "warning", "adding", "calling", "asserting", "stating", "insisting", "arguing", "claiming",
        "noting", "stressing", "urging", "telling", "explaining", "declaring", "announcing", "complaining", "suggesting",
        "predicting", "acknowledging", "admitting", "confirming", "cautioning", "replying", "responding", "vowing",
    };

    // Prepositions after which a capitalised run is no subject ("Head of Russia’s Federal Service").
    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    {
        "of", "for", "at", "in", "on", "from", "with", "to", "by", "into", "over", "about", "against",
    };

    // Sentence-initial words that open a lead-in phrase ending with a comma ("As a result, …", "On Monday, …").
    private static readonly HashSet<string> LeadIns = new(StringComparer.OrdinalIgnoreCase)
    {
        "as", "on", "in", "at", "after", "before", "while", "when", "since", "during", "despite", "however", "meanwhile",
        "earlier", "later", "last", "yesterday", "today", "also", "still", "separately", "instead", "asked", "for", "with",
    };

    /// <summary>
    /// A participle at <paramref name="p"/> opens a clause of reported speech when it follows a comma or "and"
    /// ("…, saying …"), follows "as" or an object pronoun ("cited him as saying") or is followed by "that"
    /// ("replied on Twitter saying that …"); "an old saying" and "a chilling warning to" are nouns.
    /// </summary>
    private static bool OpensParticipialClause(List<Token> toks, int p)
    {
        if (p == 0) return false; // "Calling New Delhi’s defense ties …, Sitharaman said": the main verb is the cue
        var before = toks[p - 1].Text;
        if (before is "," or "and") return true;
        if (toks[p].Text == "saying" && before is "as" or "him" or "her" or "them") return true;
        return p + 1 < toks.Count && toks[p + 1].Text == "that";
    }

    /// <summary>
    /// The subject of the speech verb at <paramref name="v"/>: "X said", "X, appositive, said", "X and Y said", "X,
    /// who accused", "he said", "the Turkish president said", "Turkey’s foreign minister said"; null when none.
    /// </summary>
    private static Found? SubjectOf(string text, List<Token> toks, int v, Func<int, string?> resolve)
    {
        int e = v - 1;
        int skipped = 0;
        bool adverb = false;
        while (e >= 0 && skipped < 3 && (Adverbs.Contains(toks[e].Text) || toks[e].Text == ","))
        {
            adverb |= toks[e].Text != ",";
            e--;
            skipped++;
        }
        // appositive: "Mike Pompeo, Secretary of State, said"; "Alexander Mikheev, Russian state arms exporter, said"
        if (!adverb && e >= 0 && e + 1 < v && toks[e + 1].Text == ",")
        {
            int c = e;
            while (c >= 0 && c > e - MaxAppositiveTokens && toks[c].Text != ",") c--;
            if (c > 0 && toks[c].Text == ",")
            {
                if (RunBefore(toks, c - 1, out int runStart) is { } appName && c - runStart >= 2) return Found.One(appName, "subject");
                // "A NATO official, speaking on condition of anonymity, said"; a name wins: "One NATO insider, Jamie Shea, said"
                if (DescriptionEndingAt(text, toks, c - 1, out _) is { } appDescription)
                    return RunBefore(toks, e, out int appositiveStart) is { } named && appositiveStart == c + 1
                        ? Found.One(named, "subject") : Found.One(appDescription, "description");
            }
        }
        if (e < 0) return null;
        // relative clause: "Foreign Affairs Minister Mevlut Cavusoglu, who accused Washington of …"
        if (toks[e].Text == "who" && e >= 2 && toks[e - 1].Text == ",")
            return (RunBefore(toks, e - 2, out _) ?? DescriptionEndingAt(text, toks, e - 2, out _)) is { } antecedent ? Found.One(antecedent, "relative") : null;
        if (OrganisationRunBefore(toks, e, out int orgStart) is { } org)
        {
            // "an analyst at the Istanbul-based Center for … Studies, says": the organisation is in a prepositional
            // phrase, not the subject, and its tail ("Policy Studies") is no speaker
            return InPrepositionalPhrase(toks, orgStart) ? null : Found.One(org, "subject");
        }
        if (RunBefore(toks, e, out int start) is { } name) return Joined(text, toks, start, name, "subject");
        if (IsPronoun(toks[e].Text)) return resolve(toks[e].Start) is { } r ? Found.One(r, "pronoun") : null;
        if (toks[e].Text is "latter" or "former" && e > 0) return LatterOrFormer(text, toks, e - 1) is { } referent ? Found.One(referent, "latter-former") : null;
        if (SpeakerNames.RoleNouns.Contains(toks[e].Text))
        {
            if (RoleDescriptionEndingAt(text, toks, e) is { } description) return Found.One(description, "description");
            if (DefiniteDescription(toks, e) && resolve(toks[e].Start) is { } r2) return Found.One(r2, "pronoun");
        }
        // "One NATO insider told", "Pentagon leaders say", "The Trump administration warned", "Russian officials and Pence said"
        if (DescriptionEndingAt(text, toks, e, out int descriptionStart) is { } described) return Joined(text, toks, descriptionStart, described, "description");
        return null;
    }

    /// <summary>
    /// "Eliot Engel and Michael McCaul said", "Russia, Turkey and Iran said" (also with a comma before "and"): the names or
    /// descriptions before "and" that begin at <paramref name="start"/> are more speakers when the list opens its clause
    /// (so "Erdogan met Putin and Michael McCaul said" gives McCaul alone, and "In Ankara, Erdogan and Putin said" leaves
    /// Ankara out); otherwise <paramref name="name"/> alone, found by <paramref name="rule"/>.
    /// </summary>
    private static Found Joined(string text, List<Token> toks, int start, string name, string rule)
    {
        int s = start > 0 && toks[start - 1].Text is "the" or "The" ? start - 1 : start; // "Turkey and the US said"
        var conjuncts = new List<(string Name, int Start)>();
        if (s >= 2 && toks[s - 1].Text == "and")
        {
            int k = s - 2;
            if (k > 0 && toks[k].Text == ",") k--; // "A, B, and C said"
            while (k >= 0 && ConjunctEndingAt(text, toks, k, out int cs) is { } conjunct && conjunct != name && conjuncts.All(c => c.Name != conjunct))
            {
                conjuncts.Insert(0, (conjunct, cs));
                if (cs >= 2 && toks[cs - 1].Text == ",") k = cs - 2;
                else break;
            }
            while (conjuncts.Count > 0 && !OpensClause(text, toks, conjuncts[0].Start)) conjuncts.RemoveAt(0);
        }
        return conjuncts.Count == 0 ? Found.One(name, rule) : Found.Of([.. conjuncts.Select(c => c.Name), name], "joined");
    }

    /// <summary>
    /// A name ("Michael McCaul", "the US") or a description ("Russian officials") ending at token <paramref name="end"/>, for
    /// lists of speakers; <paramref name="start"/> is its first token ("the" included). A lead-in word ("Meanwhile") is none.
    /// </summary>
    private static string? ConjunctEndingAt(string text, List<Token> toks, int end, out int start)
    {
        if (RunBefore(toks, end, out start) is { } name)
        {
            if (start == end && (LeadIns.Contains(name) || Adverbs.Contains(name))) return null;
            if (start > 0 && toks[start - 1].Text is "the" or "The") start--;
            return name;
        }
        return DescriptionEndingAt(text, toks, end, out start);
    }

    // The token at k starts its sentence or follows a comma, a colon, a quotation, "and", "but" or "that".
    private static bool OpensClause(string text, List<Token> toks, int k) =>
        k == 0 || StartsSentence(text, toks[k]) || toks[k - 1].Text is "," or ":" or ";" or QuoteMark or "and" or "but" or "that";

    // The previous non-space character ends a sentence or a line.
    private static bool StartsSentence(string text, Token token)
    {
        int i = token.Start - 1;
        while (i >= 0 && text[i] is ' ' or '\t') i--;
        return i < 0 || text[i] is '.' or '!' or '?' or '\n' or '\r';
    }

    /// <summary>
    /// The subject of the main clause holding the participle at <paramref name="p"/> ("Acting Defense Secretary Patrick
    /// Shanahan also expressed optimism, saying …" → Patrick Shanahan; "He raised …, accusing Washington …" → the person
    /// "he" refers to): a name (or two joined by "and"), a pronoun or a possessive role description at the start of the
    /// clause, after a lead-in phrase ("Speaking at …, Pence …"); null when the clause opens with anything else ("The
    /// new radar was tested, warning …").
    /// </summary>
    private static Found? MainSubject(string text, List<Token> toks, int p, Func<int, string?> resolve)
    {
        int k = p;
        while (k > 0 && !StartsSentence(text, toks[k])) k--;
        if (toks[k].Text is "But" or "And" or "So" or "Yet") k++;
        if (k < p && (LeadIns.Contains(toks[k].Text) || (toks[k].Text.EndsWith("ing", StringComparison.Ordinal) && k + 1 < p && !IsCapitalised(toks[k + 1].Text))))
        {
            int comma = toks.FindIndex(k, p - k, t => t.Text == ",");
            if (comma < 0) return null;
            k = comma + 1;
        }
        if (k < p && toks[k].Text is "The" or "the") k++;
        if (k >= p) return null;
        var w = toks[k].Text;
        if (w is "He" or "She" or "he" or "she") return resolve(toks[k].Start) is { } r ? Found.One(r, "participle") : null;
        if (DescriptionSubject(text, toks, k, p) is { } described) return described; // "Russian officials met …, saying"
        if (!IsCapitalised(w) || IsModifier(w)) return null;
        int next = k;
        while (next < p && IsCapitalised(toks[next].Text) && !IsPossessive(toks[next].Text)) next++;
        if (next < p && IsPossessive(toks[next].Text))
        {
            if (next + 1 < p && IsCapitalised(toks[next + 1].Text)) k = next + 1; // "Turkey’s Vice President Fuad Oktay replied …"
            else
            {
                // "Turkey’s foreign minister, however, appeared unmoved …": a role description; "Turkey’s decision …" is no speaker
                int role = next + 1;
                while (role < p && role <= next + 3 && !SpeakerNames.RoleNouns.Contains(toks[role].Text) && !IsCapitalised(toks[role].Text)) role++;
                if (role >= p || !SpeakerNames.RoleNouns.Contains(toks[role].Text) || RoleDescriptionEndingAt(text, toks, role) is not { } description) return null;
                return FollowedByPredicate(toks, role + 1, p) ? Found.One(description, "participle") : null;
            }
        }
        if (RunAfterJoined(toks, k, out int after) is not { } subject) return null;
        return FollowedByPredicate(toks, after, p) ? subject.As("participle") : null;
    }

    // After a subject comes its verb (a lower-case word, not a preposition) or an appositive or adverb between commas.
    private static bool FollowedByPredicate(List<Token> toks, int k, int p) =>
        k < p && (toks[k].Text == "," || (toks[k].Kind == TokenKind.Word && char.IsLower(toks[k].Text[0]) && !Prepositions.Contains(toks[k].Text)));

    /// <summary>
    /// "Turkey’s foreign minister", "Russia’s defence minister": a possessive country name, up to two lower-case words and
    /// the role noun at <paramref name="role"/>, as written; null otherwise.
    /// </summary>
    private static string? RoleDescriptionEndingAt(string text, List<Token> toks, int role)
    {
        int k = role - 1;
        while (k >= 0 && k >= role - 2 && toks[k].Kind == TokenKind.Word && toks[k].Text.Length > 0 && char.IsLower(toks[k].Text[0])) k--;
        if (k < 0 || !IsPossessive(toks[k].Text) || !IsCapitalised(toks[k].Text)) return null;
        return text[toks[k].Start..toks[role].End];
    }

    /// <summary>
    /// The name in the capitalised run starting at <paramref name="start"/>, with more names listed with commas and "and"
    /// ("Eliot Engel and Michael McCaul", "Russia, Turkey and Iran", "Russia and the US"); <paramref name="after"/> is the
    /// token after the last name. Names separated by commas without a final "and" are no list ("Pence, Turkey’s …": the
    /// first name alone). Runs with modifiers or digits ("US-made F-16") are no names.
    /// </summary>
    private static Found? RunAfterJoined(List<Token> toks, int start, out int after)
    {
        after = start;
        if (NameAt(toks, start, out int end) is not { } first) return null;
        after = end;
        var names = new List<string> { first };
        int k = end;
        while (k + 1 < toks.Count && toks[k].Text == "," && NameAt(toks, k + 1, out int next) is { } more && !names.Contains(more))
        {
            names.Add(more);
            k = next;
        }
        int and = names.Count > 1 && k < toks.Count && toks[k].Text == "," ? k + 1 : k; // "A, B, and C"
        if (and + 1 < toks.Count && toks[and].Text == "and")
        {
            int s = toks[and + 1].Text == "the" ? and + 2 : and + 1;
            if (NameAt(toks, s, out int last) is { } final && !names.Contains(final))
            {
                names.Add(final);
                after = last;
                return Found.Of(names, "joined");
            }
        }
        return Found.One(first, "subject");
    }

    private static string? NameAt(List<Token> toks, int start, out int end)
    {
        var run = new List<string>();
        end = start;
        for (int k = start; k < toks.Count && IsCapitalised(toks[k].Text); k++)
        {
            if (IsModifier(toks[k].Text) || toks[k].Text.Any(char.IsDigit)) return null;
            run.Add(StripPossessive(toks[k].Text, out bool possessive));
            end = k + 1;
            if (possessive) break;
        }
        if (run.Count == 0) return null;
        // "The US and other NATO allies …": an institution alone is a name, unless a noun follows ("US sanctions")
        if (InstitutionName(run) is { } institution) return InstitutionHead(toks, end) ? institution : null;
        if (SpeakerNames.IsTitle(run[^1])) return null;
        return SpeakerNames.FromRun(run);
    }
}
