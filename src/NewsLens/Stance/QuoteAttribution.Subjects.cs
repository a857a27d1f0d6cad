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

        public static Found Of(IReadOnlyList<string> names, string rule) => new(string.Join(" and ", names), names, rule);

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
            if (c > 0 && toks[c].Text == "," && RunBefore(toks, c - 1, out int runStart) is { } appName && c - runStart >= 2) return Found.One(appName, "subject");
        }
        if (e < 0) return null;
        // relative clause: "Foreign Affairs Minister Mevlut Cavusoglu, who accused Washington of …"
        if (toks[e].Text == "who" && e >= 2 && toks[e - 1].Text == ",")
            return RunBefore(toks, e - 2, out _) is { } antecedent ? Found.One(antecedent, "relative") : null;
        if (OrganisationRunBefore(toks, e, out int orgStart) is { } org)
        {
            // "an analyst at the Istanbul-based Center for … Studies, says": the organisation is in a prepositional
            // phrase, not the subject, and its tail ("Policy Studies") is no speaker
            return InPrepositionalPhrase(toks, orgStart) ? null : Found.One(org, "subject");
        }
        if (RunBefore(toks, e, out int start) is { } name) return Joined(text, toks, start, name);
        if (IsPronoun(toks[e].Text)) return resolve(toks[e].Start) is { } r ? Found.One(r, "pronoun") : null;
        if (SpeakerNames.RoleNouns.Contains(toks[e].Text))
        {
            if (RoleDescriptionEndingAt(text, toks, e) is { } description) return Found.One(description, "description");
            if (DefiniteDescription(toks, e) && resolve(toks[e].Start) is { } r2) return Found.One(r2, "pronoun");
        }
        return null;
    }

    // "Eliot Engel and Michael McCaul said": the run before "and" is a second speaker when the pair opens its clause
    // (so "Erdogan met Putin and Michael McCaul said" gives McCaul alone).
    private static Found Joined(string text, List<Token> toks, int start, string name)
    {
        if (start >= 2 && toks[start - 1].Text == "and" && RunBefore(toks, start - 2, out int firstStart) is { } first
            && first != name && OpensClause(text, toks, firstStart))
            return Found.Of([first, name], "joined");
        return Found.One(name, "subject");
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
    /// The name in the capitalised run starting at <paramref name="start"/>, with a second name joined by "and" ("Eliot
    /// Engel and Michael McCaul"); <paramref name="after"/> is the token after the last name. Runs with modifiers or
    /// digits ("US-made F-16") are no names.
    /// </summary>
    private static Found? RunAfterJoined(List<Token> toks, int start, out int after)
    {
        after = start;
        if (NameAt(toks, start, out int end) is not { } first) return null;
        after = end;
        if (end + 1 < toks.Count && toks[end].Text == "and" && NameAt(toks, end + 1, out int end2) is { } second && second != first)
        {
            after = end2;
            return Found.Of([first, second], "joined");
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
        if (run.Count == 0 || SpeakerNames.IsTitle(run[^1])) return null;
        return SpeakerNames.FromRun(run);
    }
}
