using NewsLens.Text;

namespace NewsLens.Stance;

/// <summary>
/// Finds who is speaking in news text, by pattern (no parser):
/// <list type="bullet">
/// <item>"“…,” said X" / "“…,” X said" right after the quotation; "X said|told|warned|noted|added|insisted…"
/// (an appositive between commas may stand between name and verb: "Mike Pompeo, Secretary of State, said");
/// "according to X"; "cited|quoted|reported X (as) saying" and "X was cited|quoted as saying".</item>
/// <item>Names are runs of capitalised words with titles stripped (<see cref="SpeakerNames"/>).</item>
/// <item>"he|she|him|her" and "the (Turkish) president|minister…" resolve to the most recent named person: the
/// last speaker or titled mention ("President Recep Tayyip Erdogan") before it.</item>
/// <item>Search order for a quotation: the sentence(s) it lies in (with all quotations masked); then, when the
/// previous quotation ended in the same or the previous paragraph, that quotation's speaker (a quote continued);
/// then the previous sentence when it ends with a colon; then the next sentence (only for a quotation that opens its
/// sentence or stands in a sentence with a speech verb, so a scare-quoted name is nobody's quotation); then, for a
/// quotation that opens its paragraph, the speaker of the reported speech ending the previous paragraph. A quotation
/// continues the previous one only when it opens its sentence (a quote-only sentence or paragraph).</item>
/// <item>Organisation names are taken whole ("Center for Economics and Foreign Policy Studies said"); an
/// organisation in a prepositional phrase ("an analyst at the … Center") is never the speaker.</item>
/// </list>
/// </summary>
public static class QuoteAttribution
{
    private static readonly HashSet<string> SpeechVerbs = new(StringComparer.Ordinal)
    {
        "said", "says", "say", "told", "tells", "warned", "warns", "noted", "notes", "added", "adds", "insisted", "insists",
        "stressed", "stresses", "argued", "argues", "claimed", "claims", "stated", "states", "explained", "asked", "replied",
        "wrote", "writes", "tweeted", "cautioned", "declared", "announced", "asserted", "asserting", "emphasised", "emphasized",
        "acknowledged", "admitted", "suggested", "described", "accused", "urged", "remarked", "responded", "countered",
        "reaffirmed", "confirmed", "predicted", "complained", "believes", "thinks", "saying",
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
            (string? speaker, string rule) = (null, "none");
            if (hosts.Count > 0)
            {
                int from = hosts[0].Start, to = hosts[^1].End;
                (speaker, rule) = FindInSpan(text, from, to, quotes, mentions, resultSoFar: result);
            }
            bool opensSentence = hosts.Count > 0 && hosts[0].Start >= quote.Start;
            if (speaker is null && opensSentence && q > 0 && result[q - 1].Speaker is not null && ParagraphOf(paragraphs, quote.Start) - ParagraphOf(paragraphs, quotes[q - 1].End - 1) <= 1
                && !OtherSpeakerBetween(text, quotes[q - 1].End, quote.Start, result[q - 1].Speaker!, quotes, mentions, result))
                (speaker, rule) = (result[q - 1].Speaker, "continuation");
            if (speaker is null && hosts.Count > 0)
            {
                int first = hosts[0].Index;
                if (first > 0 && sentences[first - 1].Text.TrimEnd().EndsWith(':'))
                {
                    (speaker, _) = FindInSpan(text, sentences[first - 1].Start, sentences[first - 1].End, quotes, mentions, result);
                    if (speaker is not null) rule = "previous-sentence";
                }
                int last = hosts[^1].Index;
                // A quotation inside a sentence without a speech verb is a name or scare quote (the S-400 “Triumph”
                // system), not speech: only a quote-led sentence or one whose speech verb has no named subject
                // ("the leaders said they “made clear …”") looks for its speaker in the next sentence.
                bool mayLookAhead = opensSentence || HasSpeechVerb(text, hosts[0].Start, hosts[^1].End, quotes);
                if (speaker is null && mayLookAhead && last + 1 < sentences.Count)
                {
                    var next = sentences[last + 1];
                    if (ParagraphOf(paragraphs, next.Start) - ParagraphOf(paragraphs, quote.End - 1) <= 1)
                    {
                        (speaker, _) = FindInSpan(text, next.Start, next.End, quotes, mentions, result, allowPronoun: false);
                        if (speaker is not null) rule = "next-sentence";
                    }
                }
                // A quotation that opens its paragraph, right after a paragraph ending in reported speech, continues
                // that speaker ("… Dmitry Shugayev told reporters on Sunday the plan was of interest to Moscow.\n\n
                // “Given its competence …”").
                int paragraph = ParagraphOf(paragraphs, quote.Start);
                if (speaker is null && opensSentence && first > 0 && paragraphs[paragraph].Start >= quote.Start
                    && paragraph - ParagraphOf(paragraphs, sentences[first - 1].End - 1) == 1)
                {
                    (speaker, _) = FindInSpan(text, sentences[first - 1].Start, sentences[first - 1].End, quotes, mentions, result);
                    if (speaker is not null) rule = "previous-paragraph";
                }
            }
            result.Add(new AttributedQuote(quote, speaker, rule));
        }
        return result;
    }

    /// <summary>
    /// The speaker of reported speech in a span of <paramref name="text"/> outside quotations ("Pence said Turkey
    /// risks…"), using the same patterns as for quotations; null when none.
    /// </summary>
    public static string? ReportedSpeaker(string text, int start, int end, IReadOnlyList<Quotation>? quotes = null, IReadOnlyList<AttributedQuote>? attributed = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        quotes ??= QuoteSpans.Find(text);
        var mentions = TitledMentions(text, quotes);
        var prior = attributed?.Where(a => a.Quote.End <= start).ToList() ?? [];
        return FindInSpan(text, start, end, quotes, mentions, prior).Speaker;
    }

    private static bool HasSpeechVerb(string text, int from, int to, IReadOnlyList<Quotation> quotes) =>
        MaskedTokens(text, from, to, quotes).Any(t => SpeechVerbs.Contains(t.Text));

    private static bool OtherSpeakerBetween(string text, int from, int to, string previous, IReadOnlyList<Quotation> quotes, List<(int Pos, string Name)> mentions, List<AttributedQuote> sofar)
    {
        if (to <= from) return false;
        var (s, _) = FindInSpan(text, from, to, quotes, mentions, sofar, allowPronoun: false);
        return s is not null && SpeakerNames.DefaultActorKey(s) != SpeakerNames.DefaultActorKey(previous);
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

    private static (string? Speaker, string Rule) FindInSpan(string text, int from, int to, IReadOnlyList<Quotation> quotes,
        List<(int Pos, string Name)> mentions, List<AttributedQuote> resultSoFar, bool allowPronoun = true)
    {
        var toks = MaskedTokens(text, from, to, quotes);
        string? Resolve(int pos)
        {
            // most recent named person before pos: a speaker found so far or a titled mention
            int bestPos = -1;
            string? best = null;
            foreach (var (p, n) in mentions) if (p < pos && p > bestPos) { bestPos = p; best = n; }
            foreach (var a in resultSoFar) if (a.Speaker is not null && a.Quote.Start < pos && a.Quote.Start > bestPos) { bestPos = a.Quote.Start; best = a.Speaker; }
            return best;
        }
        // 1. “…,” said X   /   “…,” X said
        for (int k = 0; k < toks.Count; k++)
        {
            if (toks[k].Text != QuoteMark) continue;
            int v = k + 1;
            if (v < toks.Count && toks[v].Text == ",") v++;
            if (v < toks.Count && SpeechVerbs.Contains(toks[v].Text))
            {
                var run = RunAfter(toks, v + 1);
                if (run is { } name) return (name, "said-after");
                if (allowPronoun && v + 1 < toks.Count && IsPronoun(toks[v + 1].Text) && Resolve(toks[v + 1].Start) is { } r) return (r, "pronoun");
            }
        }
        // 2. cited|quoted|reported X (as) saying ; X was cited as saying
        for (int k = 0; k < toks.Count; k++)
        {
            var w = toks[k].Text.ToLowerInvariant();
            if (w is not ("cited" or "quoted" or "reported" or "quoting")) continue;
            int s = toks.FindIndex(k + 1, t => t.Text.Equals("saying", StringComparison.OrdinalIgnoreCase));
            if (s < 0 || s - k > 6) continue;
            if (k > 0 && toks[k - 1].Text is "was" or "were")
            {
                var before = RunBefore(toks, k - 2, out _);
                if (before is not null) return (before, "cited");
            }
            if (allowPronoun && IsPronoun(toks[k + 1].Text) && Resolve(toks[k + 1].Start) is { } r) return (r, "pronoun");
            if (RunAfter(toks, k + 1) is { } name) return (name, "cited");
        }
        // 3. X said / X, appositive, said / he said / the Turkish president said
        for (int v = 0; v < toks.Count; v++)
        {
            if (!SpeechVerbs.Contains(toks[v].Text) || toks[v].Text.Equals("saying", StringComparison.OrdinalIgnoreCase)) continue;
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
                if (c > 0 && toks[c].Text == "," && RunBefore(toks, c - 1, out int runStart) is { } appName && c - runStart >= 2) return (appName, "subject");
            }
            if (e < 0) continue;
            if (OrganisationRunBefore(toks, e, out int orgStart) is { } org)
            {
                // "an analyst at the Istanbul-based Center for … Studies, says": the organisation is in a
                // prepositional phrase, not the subject, and its tail ("Policy Studies") is no speaker
                if (InPrepositionalPhrase(toks, orgStart)) continue;
                return (org, "subject");
            }
            if (RunBefore(toks, e, out _) is { } name) return (name, "subject");
            if (allowPronoun && IsPronoun(toks[e].Text) && Resolve(toks[e].Start) is { } r) return (r, "pronoun");
            if (allowPronoun && SpeakerNames.RoleNouns.Contains(toks[e].Text) && DefiniteDescription(toks, e) && Resolve(toks[e].Start) is { } r2) return (r2, "pronoun");
        }
        // 4. according to X
        for (int k = 0; k + 2 < toks.Count; k++)
            if (toks[k].Text.Equals("according", StringComparison.OrdinalIgnoreCase) && toks[k + 1].Text == "to"
                && (OrganisationRunAfter(toks, k + 2) ?? RunAfter(toks, k + 2)) is { } name)
                return (name, "according-to");
        return (null, "none");
    }

    /// <summary>
    /// An organisation name ending at token <paramref name="end"/>: capitalised words joined by "for", "of", "and",
    /// "on" or "&amp;" whose last word is an organisation head ("Center for Economics and Foreign Policy Studies",
    /// "Russian Foreign Ministry"), with leading "Istanbul-based" style modifiers dropped; null when the run is no
    /// organisation name.
    /// </summary>
    private static string? OrganisationRunBefore(List<Token> toks, int end, out int start)
    {
        start = end + 1;
        if (end < 0 || !IsCapitalised(toks[end].Text) || !SpeakerNames.IsOrganisationHead(StripPossessive(toks[end].Text, out _))) return null;
        int k = end;
        while (true)
        {
            while (k - 1 >= 0 && IsCapitalised(toks[k - 1].Text) && !IsPossessive(toks[k - 1].Text)) k--;
            if (k - 2 >= 0 && IsOrganisationConnector(toks[k - 1].Text) && IsCapitalised(toks[k - 2].Text) && !IsPossessive(toks[k - 2].Text)) { k -= 2; continue; }
            break;
        }
        while (k < end && IsModifier(toks[k].Text)) k++;
        start = k;
        return OrganisationName(toks, k, end);
    }

    /// <summary>An organisation name starting at token <paramref name="start"/> (see <see cref="OrganisationRunBefore"/>).</summary>
    private static string? OrganisationRunAfter(List<Token> toks, int start)
    {
        int k = start;
        if (k < toks.Count && toks[k].Text is "the") k++;
        while (k < toks.Count && IsModifier(toks[k].Text)) k++;
        int first = k, last = -1;
        while (k < toks.Count && IsCapitalised(toks[k].Text))
        {
            last = k;
            if (IsPossessive(toks[k].Text)) break;
            if (k + 2 < toks.Count && IsOrganisationConnector(toks[k + 1].Text) && IsCapitalised(toks[k + 2].Text)) k += 2;
            else k++;
        }
        // the longest prefix of the run that ends with an organisation head
        for (int e = last; e >= first; e--)
            if (IsCapitalised(toks[e].Text) && SpeakerNames.IsOrganisationHead(StripPossessive(toks[e].Text, out _))) return OrganisationName(toks, first, e);
        return null;
    }

    private static string OrganisationName(List<Token> toks, int from, int to)
    {
        var words = new List<string>();
        for (int i = from; i <= to; i++) words.Add(i == to ? StripPossessive(toks[i].Text, out _) : toks[i].Text);
        return string.Join(" ", words);
    }

    // "at the Istanbul-based Center …", "of the Russian Foreign Ministry": the name is the object of a preposition
    private static bool InPrepositionalPhrase(List<Token> toks, int start)
    {
        int k = start - 1;
        while (k >= 0 && (toks[k].Text is "the" or "The" || IsModifier(toks[k].Text))) k--;
        return k >= 0 && toks[k].Text is "at" or "of" or "from" or "with" or "for" or "by" or "in" or "to" or "on";
    }

    // "Can Kasapoglu, a defense analyst at …, says": the name at toks[..after] is followed by an appositive between
    // commas and a speech verb
    private static bool SpeaksAfterAppositive(List<Token> toks, int after)
    {
        if (after >= toks.Count || toks[after].Text != ",") return false;
        int c = after + 1;
        while (c < toks.Count && c <= after + MaxAppositiveTokens && toks[c].Text is not ("," or QuoteMark)) c++;
        return c > after + 1 && c + 1 < toks.Count && toks[c].Text == "," && SpeechVerbs.Contains(toks[c + 1].Text);
    }

    private static bool IsOrganisationConnector(string w) => w is "for" or "of" or "and" or "on" or "&";

    // "Istanbul-based", "US-led": a capitalised modifier before a name, not part of it
    private static bool IsModifier(string w)
    {
        int h = w.IndexOf('-');
        return h > 0 && h + 1 < w.Length && char.IsLower(w[h + 1]);
    }

    private static bool IsPossessive(string w) => w.EndsWith("’s", StringComparison.Ordinal) || w.EndsWith("'s", StringComparison.Ordinal);

    private static bool DefiniteDescription(List<Token> toks, int e)
    {
        for (int k = e - 1; k >= 0 && k >= e - 3; k--)
        {
            if (toks[k].Text.Equals("the", StringComparison.OrdinalIgnoreCase)) return true;
            if (toks[k].Kind != TokenKind.Word) return false;
        }
        return false;
    }

    private static bool IsPronoun(string w) => w is "he" or "she" or "He" or "She" or "him" or "her";

    /// <summary>The name in the capitalised run ending at token <paramref name="end"/>.</summary>
    private static string? RunBefore(List<Token> toks, int end, out int start)
    {
        start = end + 1;
        if (end < 0 || !IsCapitalised(toks[end].Text) || toks[end].Text == QuoteMark) return null;
        var run = new List<string>();
        int k = end;
        while (k >= 0 && IsCapitalised(toks[k].Text))
        {
            var word = StripPossessive(toks[k].Text, out bool possessive);
            if (possessive && k != end) break;
            run.Insert(0, word);
            k--;
        }
        start = k + 1;
        if (SpeakerNames.IsTitle(run[^1])) return null;
        return SpeakerNames.FromRun(run);
    }

    /// <summary>The name in the capitalised run starting at token <paramref name="start"/>.</summary>
    private static string? RunAfter(List<Token> toks, int start)
    {
        var run = new List<string>();
        for (int k = start; k < toks.Count && IsCapitalised(toks[k].Text); k++)
        {
            run.Add(StripPossessive(toks[k].Text, out bool possessive));
            if (possessive) break;
        }
        if (run.Count == 0 || SpeakerNames.IsTitle(run[^1])) return null;
        return SpeakerNames.FromRun(run);
    }

    private static string StripPossessive(string w, out bool possessive)
    {
        possessive = w.EndsWith("’s", StringComparison.Ordinal) || w.EndsWith("'s", StringComparison.Ordinal);
        return possessive ? w[..^2] : w;
    }

    private static bool IsCapitalised(string w) => w.Length > 0 && char.IsUpper(w[0]) && w != QuoteMark && !NotNames.Contains(w) && w is not ("I" or "The" or "A" or "An" or "But" or "And" or "As" or "In" or "On" or "It" or "This" or "That" or "He" or "She" or "We" or "They");

    /// <summary>Tokens of [from, to) with every quotation replaced by one placeholder token.</summary>
    private static List<Token> MaskedTokens(string text, int from, int to, IReadOnlyList<Quotation> quotes)
    {
        var result = new List<Token>();
        int pos = from;
        foreach (var q in quotes)
        {
            if (q.End <= from || q.Start >= to) continue;
            if (q.Start > pos) AddTokens(text, pos, q.Start, result);
            result.Add(new Token(QuoteMark, Math.Max(q.Start, from), Math.Min(q.End, to), TokenKind.Punctuation));
            pos = Math.Max(pos, q.End);
        }
        if (pos < to) AddTokens(text, pos, to, result);
        return result;
    }

    private static void AddTokens(string text, int from, int to, List<Token> into)
    {
        foreach (var t in Tokenizer.Tokenize(text[from..to]))
            if (t.Kind is TokenKind.Word or TokenKind.Punctuation && t.Text is not ("." or "!" or "?" or "…"))
                into.Add(t with { Start = t.Start + from, End = t.End + from });
    }
}
