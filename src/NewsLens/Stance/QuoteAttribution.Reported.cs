using NewsLens.Text;

namespace NewsLens.Stance;

// Reported speech: the reporting cues of a sentence and the speaker each cue points to.
public static partial class QuoteAttribution
{
    private enum CueKind { Verb, Participle, AccordingTo, Passive }

    // A cue in the masked tokens: the verb (or "according", or a passive's auxiliary), the last token of the cue ("that" or
    // a passive's "by" included) and its kind.
    private readonly record struct Cue(int Index, int Last, CueKind Kind);

    /// <summary>
    /// The reported speech of one sentence of <paramref name="text"/> outside its quotations, or null when the sentence has
    /// no reporting cue with a speaker. Cues are tried in text order: a finite speech verb takes its subject ("Pence said",
    /// "Eliot Engel and Michael McCaul said": each a speaker, "Mevlut Cavusoglu, who accused": the relative clause's
    /// antecedent); a participle opening a clause after a comma ("…, saying he is confident", "…, accusing Washington of …")
    /// takes the speaker of an earlier cue of the sentence, else the subject of the main clause; "according to X" counts
    /// only when no verb gives a speaker; "reported|reports" is a cue only with "that" ("RT reported on 31 August that …"). A cue that only introduces a quotation of the sentence ("“…,” Cavusoglu said at
    /// the Atlantic Council") is used last and marked <see cref="ReportedSpeech.IntroducesQuotation"/>.
    /// </summary>
    /// <param name="text">The document text.</param>
    /// <param name="start">Offset of the sentence.</param>
    /// <param name="end">Offset just past it.</param>
    /// <param name="quotes">The quotations of the text (found when null); their words are never cues or speakers.</param>
    /// <param name="attributed">The attributed quotations of the text, for pronouns ("he said") that refer to an earlier speaker.</param>
    public static ReportedSpeech? Reported(string text, int start, int end, IReadOnlyList<Quotation>? quotes = null, IReadOnlyList<AttributedQuote>? attributed = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (start < 0 || end > text.Length || start > end)
            throw new ArgumentOutOfRangeException(nameof(start), $"The span [{start}, {end}) is not inside the text of length {text.Length}.");
        quotes ??= QuoteSpans.Find(text);
        var mentions = TitledMentions(text, quotes);
        var prior = attributed?.Where(a => a.Quote.End <= start).ToList() ?? [];
        var resolve = Resolver(mentions, prior, allowPronoun: true);
        var toks = MaskedTokens(text, start, end, quotes);
        var cues = CuesIn(toks);
        (Cue Cue, Found Found)? introducing = null;
        foreach (var pass in new[] { CueKind.Verb, CueKind.AccordingTo })
            for (int c = 0; c < cues.Count; c++)
            {
                if ((cues[c].Kind == CueKind.AccordingTo) != (pass == CueKind.AccordingTo)) continue;
                if (SpeakerOfCue(text, toks, cues, c, resolve) is not { } found) continue;
                if (IntroducesQuotation(toks, cues[c]))
                {
                    introducing ??= (cues[c], found);
                    continue;
                }
                return Speech(text, toks, start, end, cues[c], found, introducesQuotation: false);
            }
        return introducing is { } i ? Speech(text, toks, start, end, i.Cue, i.Found, introducesQuotation: true) : null;
    }

    /// <summary>The first reporting cue in [from, to) outside quotations ("said", "saying", "according to"), or null.</summary>
    internal static string? FirstCue(string text, int from, int to, IReadOnlyList<Quotation> quotes)
    {
        var toks = MaskedTokens(text, from, to, quotes);
        var cues = CuesIn(toks);
        return cues.Count == 0 ? null : CueText(toks, cues[0]);
    }

    private static ReportedSpeech Speech(string text, List<Token> toks, int start, int end, Cue cue, Found found, bool introducesQuotation)
    {
        var (spanStart, spanEnd) = cue.Kind switch
        {
            CueKind.AccordingTo => AccordingToSpan(text, toks, cue, start, end),
            CueKind.Passive => PassiveSpan(text, toks, cue.Index, cue.Last, start, end),
            _ => (start, end),
        };
        return new ReportedSpeech(found.Speaker, found.Speakers, CueText(toks, cue), toks[cue.Index].Start, toks[cue.Last].End,
            spanStart, spanEnd, found.Rule, introducesQuotation);
    }

    private static string CueText(List<Token> toks, Cue cue)
    {
        if (cue.Kind == CueKind.AccordingTo) return "according to";
        if (cue.Kind == CueKind.Passive) return string.Join(" ", toks.Skip(cue.Index).Take(cue.Last - cue.Index + 1).Select(t => t.Text)); // "was stressed by"
        var verb = toks[cue.Index].Text;
        if (verb == "saying" && CitingVerb(toks, cue.Index) is int k)
            return $"{toks[k].Text.ToLowerInvariant()} … {(toks[cue.Index - 1].Text == "as" ? "as " : "")}saying";
        return verb;
    }

    // "A, according to X, which would B" attributes A; "According to X, A" attributes A; otherwise the whole sentence.
    private static (int Start, int End) AccordingToSpan(string text, List<Token> toks, Cue cue, int start, int end)
    {
        if (cue.Index > 0 && toks[cue.Index - 1].Text == ",") return Trimmed(text, start, toks[cue.Index - 1].Start);
        if (cue.Index == 0)
        {
            int comma = toks.FindIndex(cue.Last + 1, t => t.Text == ",");
            if (comma > 0 && comma + 1 < toks.Count) return Trimmed(text, toks[comma + 1].Start, end);
        }
        return (start, end);
    }

    private static (int Start, int End) Trimmed(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return (start, end);
    }

    private static List<Cue> CuesIn(List<Token> toks)
    {
        var cues = new List<Cue>();
        for (int k = 0; k < toks.Count; k++)
        {
            var w = toks[k].Text;
            if (IsAccordingTo(toks, k))
            {
                cues.Add(new Cue(k, k + 1, CueKind.AccordingTo));
                k++;
                continue;
            }
            if (PassiveBy(toks, k) is int by)
            {
                cues.Add(new Cue(k, by, CueKind.Passive)); // "…, was further stressed by X"
                k = by;
                continue;
            }
            CueKind kind;
            if (Participles.Contains(w))
            {
                if (!OpensParticipialClause(toks, k)) continue;
                kind = CueKind.Participle;
            }
            else if (SpeechVerbs.Contains(w)) kind = CueKind.Verb;
            else if (ReportsThat(toks, k) is int that)
            {
                cues.Add(new Cue(k, that, CueKind.Verb)); // "RT reported on 31 August that …"
                continue;
            }
            else continue;
            // a verb with a reflexive object describes what someone did or is ("Turkey has declared itself an enemy")
            if (k + 1 < toks.Count && Reflexives.Contains(toks[k + 1].Text)) continue;
            // "PRC authorities responded with violence", "NATO wrote a strategic concept": an act, not speech
            if (!SaysSomething(toks, k)) continue;
            cues.Add(new Cue(k, k + 1 < toks.Count && toks[k + 1].Text == "that" ? k + 1 : k, kind));
        }
        return cues;
    }

    /// <summary>
    /// "reported|reports" followed by "that" within a short adjunct ("RT reported on 31 August that …"): the index of the
    /// "that", else null. Without "that" the verb is no cue of its own ("NTV reported him as saying" is a citing verb).
    /// </summary>
    private static int? ReportsThat(List<Token> toks, int k)
    {
        if (toks[k].Text is not ("reported" or "reports")) return null;
        for (int t = k + 1; t < toks.Count && t <= k + 6; t++)
        {
            if (toks[t].Text == "that") return t;
            if (toks[t].Kind != TokenKind.Word || IsPronoun(toks[t].Text) || toks[t].Text is "saying" or "as") return null;
        }
        return null;
    }

    private static readonly HashSet<string> Reflexives = new(StringComparer.OrdinalIgnoreCase)
    {
        "itself", "himself", "herself", "themselves", "ourselves", "myself", "yourself",
    };

    private static bool IsAccordingTo(List<Token> toks, int k) =>
        k + 1 < toks.Count && toks[k].Text.Equals("according", StringComparison.OrdinalIgnoreCase) && toks[k + 1].Text == "to";

    private static Found? SpeakerOfCue(string text, List<Token> toks, List<Cue> cues, int c, Func<int, string?> resolve)
    {
        var cue = cues[c];
        switch (cue.Kind)
        {
            case CueKind.AccordingTo:
                return AccordingTo(text, toks, cue.Index);
            case CueKind.Passive:
                return Agent(text, toks, cue.Last + 1, "passive");
            case CueKind.Participle:
                if (Cited(text, toks, CitingVerb(toks, cue.Index) ?? -1, resolve) is { } cited) return cited;
                // "he said, adding that …": the participle shares the subject of the verb before it
                for (int e = c - 1; e >= 0; e--)
                    if (cues[e].Kind == CueKind.Verb && SpeakerOfCue(text, toks, cues, e, resolve) is { } earlier) return earlier.As("participle");
                return MainSubject(text, toks, cue.Index, resolve);
            default:
                int v = cue.Index;
                int before = v - 1;
                if (before >= 0 && toks[before].Text == ",") before--;
                if (before >= 0 && toks[before].Text == QuoteMark && AfterVerb(text, toks, v, resolve) is { } after) return after;
                return SubjectOf(text, toks, v, resolve);
        }
    }

    /// <summary>
    /// True when the cue at <paramref name="cue"/> only introduces a quotation right before it: “…,” X said [adjunct] /
    /// “…,” said X / “…,” NTV reported him as saying [when …], with nothing said after the cue.
    /// </summary>
    private static bool IntroducesQuotation(List<Token> toks, Cue cue)
    {
        if (!ClosesQuotation(toks, cue.Index)) return false;
        if (cue.Kind == CueKind.Passive) return toks[cue.Index - 1].Text == QuoteMark; // “…” was stressed by X: the quotation is the subject
        if (cue.Last != cue.Index) return false; // "said that …" reports something
        int next = cue.Index + 1;
        bool rightAfterQuote = toks[cue.Index - 1].Text == QuoteMark || (toks[cue.Index - 1].Text == "," && toks[cue.Index - 2].Text == QuoteMark);
        if (rightAfterQuote)
            while (next < toks.Count && IsCapitalised(toks[next].Text)) next++; // “…,” said Isik
        else if (toks[cue.Index].Text is "told" or "tells" && next < toks.Count && (IsCapitalised(toks[next].Text) || toks[next].Text is "reporters" or "journalists"))
            next++; // “…,” he told CNN
        return next >= toks.Count || toks[next].Text == "," || Adjuncts.Contains(toks[next].Text);
    }

    // Words that open an adjunct after a speech verb ("said at the Atlantic Council", "as saying when asked …").
    private static readonly HashSet<string> Adjuncts = new(StringComparer.OrdinalIgnoreCase)
    {
        "at", "on", "in", "during", "after", "before", "when", "while", "from", "via", "with", "as", "last", "yesterday",
        "today", "earlier", "later", "afterwards", "to", "also", "again",
    };

    /// <summary>"cited|quoted|reported|quoting" at most six tokens before the "saying" at <paramref name="saying"/>.</summary>
    private static int? CitingVerb(List<Token> toks, int saying)
    {
        if (saying < 0 || toks[saying].Text != "saying") return null;
        for (int k = saying - 1; k >= 0 && k >= saying - 6; k--)
            if (toks[k].Text.ToLowerInvariant() is "cited" or "quoted" or "reported" or "quoting") return k;
        return null;
    }

    /// <summary>
    /// "cited|quoted|reported X (as) saying" and "X was cited as saying" with the citing verb at <paramref name="k"/>.
    /// </summary>
    private static Found? Cited(string text, List<Token> toks, int k, Func<int, string?> resolve)
    {
        if (k < 0 || toks[k].Text.ToLowerInvariant() is not ("cited" or "quoted" or "reported" or "quoting")) return null;
        int s = toks.FindIndex(k + 1, t => t.Text.Equals("saying", StringComparison.OrdinalIgnoreCase));
        if (s < 0 || s - k > 6) return null;
        if (k > 0 && toks[k - 1].Text is "was" or "were") return SubjectOf(text, toks, k - 1, resolve)?.As("cited"); // "X was quoted as saying"
        if (IsPronoun(toks[k + 1].Text) && resolve(toks[k + 1].Start) is { } r) return Found.One(r, "pronoun");
        return RunAfterJoined(toks, k + 1, out _)?.As("cited")
            ?? (DescriptionStartingAt(text, toks, k + 1, out _) is { } described ? Found.One(described, "cited") : null);
    }

    /// <summary>"said X" / "said X and Y" / "said a senior US official" / "said he" right after a verb at <paramref name="v"/>.</summary>
    private static Found? AfterVerb(string text, List<Token> toks, int v, Func<int, string?> resolve)
    {
        if (RunAfterJoined(toks, v + 1, out _) is { } name) return name.As("said-after");
        if (DescriptionStartingAt(text, toks, v + 1, out _) is { } described) return Found.One(described, "said-after");
        if (v + 1 < toks.Count && IsPronoun(toks[v + 1].Text) && resolve(toks[v + 1].Start) is { } r) return Found.One(r, "pronoun");
        return null;
    }

    /// <summary>
    /// "according to [the] X", the organisation taken whole ("the Center for Economics and Foreign Policy Studies"), a
    /// description ("according to Russian officials") or an institution ("according to the Pentagon", not "according to
    /// the Monterey experts"); "according to remarks by X" / "a statement from X" gives X (<see cref="SaidBy"/>).
    /// </summary>
    private static Found? AccordingTo(string text, List<Token> toks, int k) =>
        Agent(text, toks, SaidBy(toks, k + 2) ?? k + 2, "according-to");
}
