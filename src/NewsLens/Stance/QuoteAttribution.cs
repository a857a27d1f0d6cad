using NewsLens.Text;

namespace NewsLens.Stance;

/// <summary>
/// Finds who is speaking in news text, by pattern (no parser):
/// <list type="bullet">
/// <item>"“…,” said X" / "“…,” X said" right after the quotation; "X said|told|warned|noted|added|insisted…"
/// (an appositive between commas may stand between name and verb: "Mike Pompeo, Secretary of State, said");
/// "according to X"; "cited|quoted|reported X (as) saying" and "X was cited|quoted as saying".</item>
/// <item>Joined speakers: "Eliot Engel and Michael McCaul said" and "Russia, Turkey and Iran said" give each
/// (<see cref="AttributedQuote.Speakers"/>), when the list opens its clause ("Erdogan met Putin and Michael McCaul said"
/// gives McCaul only); "X, who accused …" gives X; "Turkey’s foreign minister said" keeps the description as the speaker.</item>
/// <item>Speakers described rather than named (<see cref="SpeakerDescriptions"/>): a phrase opening its clause whose head is
/// a speaker noun and which names someone ("One NATO insider told", "A senior US State Department official said",
/// "Pentagon leaders say", "The Trump administration warned", "Russian officials said"), as written; a name wins ("One
/// NATO insider, Jamie Shea, said"); "A senior official said" names no one and gives no speaker. Institutions written with
/// title words speak alone ("The US has asked", "NATO noted", "the White House said"), unless a noun follows ("US
/// sanctions") or a preposition precedes ("pilots in the US said").</item>
/// <item>A participle opening a clause after a comma or "and", or followed by "that" ("…, saying he is confident",
/// "…, accusing Washington of …", "… replied on Twitter saying that …") belongs to the speaker of an earlier speech verb
/// of the sentence, else to the subject of the main clause: a name at the start of the sentence (after a lead-in
/// phrase such as "Speaking at …,"), a pronoun or a possessive role description; nouns ("an old saying") are no cues.</item>
/// <item>Names are runs of capitalised words with titles stripped (<see cref="SpeakerNames"/>).</item>
/// <item>"he|she|him|her" and "the (Turkish) president|minister…" resolve to the most recent named person: the
/// last speaker or titled mention ("President Recep Tayyip Erdogan") before it.</item>
/// <item>Search order within a span: “…,” said X; cited X as saying; a speech verb's subject; a participle's subject;
/// according to X. Search order for a quotation: the sentence(s) it lies in (with all quotations masked); then, when the
/// previous quotation ended in the same or the previous paragraph, that quotation's speaker (a quote continued);
/// then the previous sentence when it ends with a colon; then the next sentence (only for a quotation that opens its
/// sentence or stands in a sentence with a speech verb, so a scare-quoted name is nobody's quotation); then, for a
/// quotation that opens its paragraph, the speaker of the reported speech ending the previous paragraph. A quotation
/// continues the previous one only when it opens its sentence (a quote-only sentence or paragraph).</item>
/// <item>Passives with a named agent ("A, was further stressed by X", "It was noted by X that …"), "X was quoted as saying"
/// and "according to remarks by X" give X; "the latter|former said" gives the second|first of the pair of actors named before
/// it in the sentence, else in the previous sentence. Verbs that may name an act (responded, wrote, declared, "states") are
/// cues only with a speech complement ("responded that", "wrote: …", "replied to a question"; not "responded with violence").</item>
/// <item>Organisation names are taken whole ("Center for Economics and Foreign Policy Studies said"); an
/// organisation in a prepositional phrase ("an analyst at the … Center") is never the speaker.</item>
/// </list>
/// </summary>
public static partial class QuoteAttribution
{
    private static readonly HashSet<string> SpeechVerbs = new(StringComparer.Ordinal)
    {
        "said", "says", "say", "told", "tells", "warned", "warns", "noted", "notes", "added", "adds", "insisted", "insists",
        "stressed", "stresses", "argued", "argues", "claimed", "claims", "stated", "states", "explained", "asked", "replied",
        "wrote", "writes", "tweeted", "cautioned", "declared", "announced", "asserted", "asserting", "emphasised", "emphasized",
        "acknowledged", "admitted", "suggested", "described", "accused", "urged", "remarked", "responded", "responds", "replies",
        "countered", "answered", "answers", "declares", "reaffirmed", "confirmed", "predicted", "complained", "believes", "thinks", "saying",
    };

    private static readonly HashSet<string> Adverbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "also", "however", "has", "had", "have", "later", "then", "once", "again", "repeatedly", "previously", "earlier", "further", "recently",
    };

    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Twitter", "Facebook",
    };

    private const string QuoteMark = "\u0001QUOTE";

    // Longest appositive between a name and its speech verb, in tokens ("Can Kasapoglu, a defense analyst at the
    // Istanbul-based Center for Economics and Foreign Policy Studies, says").
    private const int MaxAppositiveTokens = 24;

    /// <summary>The quotations of <paramref name="text"/> with their speakers, in order.</summary>
    public static IReadOnlyList<AttributedQuote> Attribute(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var quotes = QuoteSpans.Find(text);
        var sentences = SentenceSplitter.Split(text);
        var paragraphs = Paragraphs.Find(text);
        var mentions = TitledMentions(text, quotes);
        var result = new List<AttributedQuote>(quotes.Count);
        for (int q = 0; q < quotes.Count; q++)
        {
            var quote = quotes[q];
            var hosts = sentences.Where(s => s.Start < quote.End && s.End > quote.Start).ToList();
            Found? found = null;
            if (hosts.Count > 0) found = FindInSpan(text, hosts[0].Start, hosts[^1].End, quotes, mentions, result);
            bool opensSentence = hosts.Count > 0 && hosts[0].Start >= quote.Start;
            if (found is null && opensSentence && q > 0 && result[q - 1].Speaker is not null && ParagraphOf(paragraphs, quote.Start) - ParagraphOf(paragraphs, quotes[q - 1].End - 1) <= 1
                && !OtherSpeakerBetween(text, quotes[q - 1].End, quote.Start, result[q - 1].Speaker!, quotes, mentions, result))
                found = new Found(result[q - 1].Speaker!, result[q - 1].Speakers, "continuation");
            if (found is null && hosts.Count > 0)
            {
                int first = hosts[0].Index;
                if (first > 0 && sentences[first - 1].Text.TrimEnd().EndsWith(':'))
                    found = FindInSpan(text, sentences[first - 1].Start, sentences[first - 1].End, quotes, mentions, result)?.As("previous-sentence");
                int last = hosts[^1].Index;
                // A quotation inside a sentence without a speech verb is a name or scare quote (the S-400 “Triumph”
                // system), not speech: only a quote-led sentence or one whose speech verb has no named subject
                // ("the leaders said they “made clear …”") looks for its speaker in the next sentence.
                bool mayLookAhead = opensSentence || HasSpeechVerb(text, hosts[0].Start, hosts[^1].End, quotes);
                if (found is null && mayLookAhead && last + 1 < sentences.Count)
                {
                    var next = sentences[last + 1];
                    if (ParagraphOf(paragraphs, next.Start) - ParagraphOf(paragraphs, quote.End - 1) <= 1)
                        found = FindInSpan(text, next.Start, next.End, quotes, mentions, result, allowPronoun: false)?.As("next-sentence");
                }
                // A quotation that opens its paragraph, right after a paragraph ending in reported speech, continues
                // that speaker ("… Dmitry Shugayev told reporters on Sunday the plan was of interest to Moscow.\n\n
                // “Given its competence …”").
                int paragraph = ParagraphOf(paragraphs, quote.Start);
                if (found is null && opensSentence && first > 0 && paragraphs[paragraph].Start >= quote.Start
                    && paragraph - ParagraphOf(paragraphs, sentences[first - 1].End - 1) == 1)
                    found = FindInSpan(text, sentences[first - 1].Start, sentences[first - 1].End, quotes, mentions, result)?.As("previous-paragraph");
            }
            result.Add(found is null
                ? new AttributedQuote(quote, null, "none")
                : new AttributedQuote(quote, found.Speaker, found.Rule) { Speakers = found.Speakers });
        }
        return result;
    }

    /// <summary>
    /// The speaker of reported speech in a span of <paramref name="text"/> outside quotations ("Pence said Turkey
    /// risks…"), or null; the same as <see cref="Reported"/>'s <see cref="ReportedSpeech.Speaker"/>.
    /// </summary>
    /// <param name="text">The document text.</param>
    /// <param name="start">Offset of the span (a sentence).</param>
    /// <param name="end">Offset just past it.</param>
    /// <param name="quotes">The quotations of the text (found when null).</param>
    /// <param name="attributed">The attributed quotations of the text, for pronouns ("he said") that refer to an earlier speaker.</param>
    public static string? ReportedSpeaker(string text, int start, int end, IReadOnlyList<Quotation>? quotes = null, IReadOnlyList<AttributedQuote>? attributed = null) =>
        Reported(text, start, end, quotes, attributed)?.Speaker;

    private static bool HasSpeechVerb(string text, int from, int to, IReadOnlyList<Quotation> quotes)
    {
        var toks = MaskedTokens(text, from, to, quotes);
        return Enumerable.Range(0, toks.Count).Any(k => SpeechVerbs.Contains(toks[k].Text) && SaysSomething(toks, k));
    }

    private static bool OtherSpeakerBetween(string text, int from, int to, string previous, IReadOnlyList<Quotation> quotes, List<(int Pos, string Name)> mentions, List<AttributedQuote> sofar)
    {
        if (to <= from) return false;
        var found = FindInSpan(text, from, to, quotes, mentions, sofar, allowPronoun: false);
        return found is not null && SpeakerNames.DefaultActorKey(found.Speaker) != SpeakerNames.DefaultActorKey(previous);
    }

    private static int ParagraphOf(List<(int Start, int End)> paragraphs, int offset)
    {
        for (int i = 0; i < paragraphs.Count; i++) if (offset < paragraphs[i].End) return i;
        return paragraphs.Count - 1;
    }

    /// <summary>Persons mentioned with a title outside quotations ("President Recep Tayyip Erdogan"), with their offsets.</summary>
    private static List<(int Pos, string Name)> TitledMentions(string text, IReadOnlyList<Quotation> quotes)
    {
        var toks = MaskedTokens(text, 0, text.Length, quotes);
        var result = new List<(int, string)>();
        int i = 0;
        while (i < toks.Count)
        {
            if (!IsCapitalised(toks[i].Text)) { i++; continue; }
            int j = i;
            var run = new List<string>();
            while (j < toks.Count && IsCapitalised(toks[j].Text))
            {
                run.Add(StripPossessive(toks[j].Text, out bool possessive));
                j++;
                if (possessive) break;
            }
            if (OrganisationRunBefore(toks, j - 1, out _) is not null) { i = j; continue; } // "… Foreign Policy Studies" is no person
            int v = j, skipped = 0;
            while (v < toks.Count && skipped < 3 && (toks[v].Text == "," || Adverbs.Contains(toks[v].Text))) { v++; skipped++; }
            bool speaks = (v < toks.Count && SpeechVerbs.Contains(toks[v].Text)) || (run.Count >= 2 && SpeaksAfterAppositive(toks, j));
            if ((speaks || SpeakerNames.HasTitle(run)) && !SpeakerNames.IsTitle(run[^1]) && SpeakerNames.FromRun(run) is { } name)
                result.Add((toks[i].Start, name));
            i = j;
        }
        return result;
    }

    private static Found? FindInSpan(string text, int from, int to, IReadOnlyList<Quotation> quotes,
        List<(int Pos, string Name)> mentions, IReadOnlyList<AttributedQuote> resultSoFar, bool allowPronoun = true)
    {
        var toks = MaskedTokens(text, from, to, quotes);
        var resolve = Resolver(mentions, resultSoFar, allowPronoun);
        // 1. “…,” said X   /   “…,” X said
        for (int k = 0; k < toks.Count; k++)
        {
            if (toks[k].Text != QuoteMark) continue;
            int v = k + 1;
            if (v < toks.Count && toks[v].Text == ",") v++;
            if (v < toks.Count && SpeechVerbs.Contains(toks[v].Text) && AfterVerb(text, toks, v, resolve) is { } after) return after;
        }
        // 2. cited|quoted|reported X (as) saying ; X was cited as saying
        for (int k = 0; k < toks.Count; k++)
            if (Cited(text, toks, k, resolve) is { } cited) return cited;
        // 3. X said / X, appositive, said / X and Y said / X, who warned / he said / the Turkish president said
        for (int v = 0; v < toks.Count; v++)
            if (SpeechVerbs.Contains(toks[v].Text) && !Participles.Contains(toks[v].Text) && SaysSomething(toks, v) && SubjectOf(text, toks, v, resolve) is { } subject) return subject;
        // 3b. …, was further stressed by X
        for (int k = 0; k < toks.Count; k++)
            if (PassiveBy(toks, k) is int by && Agent(text, toks, by + 1, "passive") is { } agent) return agent;
        // 4. …, saying / accusing / adding …: the subject of the main clause
        for (int p = 0; p < toks.Count; p++)
            if (Participles.Contains(toks[p].Text) && OpensParticipialClause(toks, p) && SaysSomething(toks, p) && MainSubject(text, toks, p, resolve) is { } main) return main;
        // 5. according to X
        for (int k = 0; k + 2 < toks.Count; k++)
            if (IsAccordingTo(toks, k) && AccordingTo(text, toks, k) is { } source) return source;
        return null;
    }

    /// <summary>
    /// The most recent named person before an offset: a speaker found so far (single speakers only, not institutions or
    /// groups such as "the US" or "Pentagon leaders") or a titled mention; null when pronouns are not to be resolved.
    /// </summary>
    private static Func<int, string?> Resolver(List<(int Pos, string Name)> mentions, IReadOnlyList<AttributedQuote> resultSoFar, bool allowPronoun) => pos =>
    {
        if (!allowPronoun) return null;
        int bestPos = -1;
        string? best = null;
        foreach (var (p, n) in mentions) if (p < pos && p > bestPos) { bestPos = p; best = n; }
        foreach (var a in resultSoFar)
            if (a.Speakers.Count == 1 && !SpeakerDescriptions.IsCollective(a.Speaker!) && a.Quote.Start < pos && a.Quote.Start > bestPos) { bestPos = a.Quote.Start; best = a.Speaker; }
        return best;
    };
}
