using NewsLens.Text;

namespace NewsLens.Stance;

// Cue verbs that also name acts other than speaking: what they govern decides whether they report speech.
public static partial class QuoteAttribution
{
    /// <summary>
    /// Cue words with a reading that is no speech: verbs of reacting ("PRC authorities responded with violence", "answered
    /// the call"), of producing a text ("NATO wrote a strategic concept"), of a performative act ("Ethiopia declared a
    /// ceasefire"), and "states", which is more often a noun ("Gulf states"). They are cues only with a speech complement
    /// (<see cref="HasSpeechComplement"/>).
    /// </summary>
    private static readonly HashSet<string> ContentVerbs = new(StringComparer.Ordinal)
    {
        "responded", "responds", "responding", "replied", "replies", "replying", "answered", "answers", "countered",
        "wrote", "writes", "declared", "declares", "states",
    };

    /// <summary>Nouns of something said or asked, after "to": "responded to a question", "replied to the criticism".</summary>
    private static readonly HashSet<string> SaidNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "question", "questions", "query", "queries", "request", "requests", "call", "calls", "criticism", "criticisms",
        "accusation", "accusations", "allegation", "allegations", "charge", "charges", "claim", "claims", "remark", "remarks",
        "comment", "comments", "statement", "statements", "report", "reports", "letter", "letters", "invitation", "invitations",
        "proposal", "proposals", "demand", "demands", "appeal", "appeals", "message", "messages", "tweet", "tweets", "reporters",
        "journalists", "him", "her", "them", "me",
    };

    // Prepositions that open an adjunct between a cue verb and what was said ("wrote in a letter that", "replied on
    // Twitter:", "responded by saying that").
    private static readonly HashSet<string> AdjunctPrepositions = new(StringComparer.Ordinal)
    {
        "in", "on", "at", "to", "via", "during", "after", "before", "from", "by", "with", "through", "over", "for", "about",
    };

    // Longest prepositional adjunct skipped after a cue verb, in words after the preposition ("in a joint statement").
    private const int MaxAdjunctWords = 5;

    /// <summary>
    /// True when the cue word at <paramref name="k"/> reports speech: any speech verb, and a verb of
    /// <see cref="ContentVerbs"/> only when it has a speech complement (<see cref="HasSpeechComplement"/>).
    /// </summary>
    private static bool SaysSomething(List<Token> toks, int k) => !ContentVerbs.Contains(toks[k].Text) || HasSpeechComplement(toks, k);

    /// <summary>
    /// The rule for verbs that may name an act rather than speech: the verb reports speech only when what follows it is
    /// something said, so its content is in the sentence. That is: it closes a quotation ("“…,” she wrote"); or, right after
    /// it or after prepositional adjuncts ("wrote in a letter that", "replied on Twitter saying that", "responded by saying
    /// that"), comes a quotation, "that", a colon, or a comma and a quotation (also with "quote" or "and I quote" between:
    /// "Ambassador Foley wrote, quote, “…”"); or "to" is followed by something said or
    /// asked, or by whom it is said to ("responded to a question", "replied to the criticism", "responded to him").
    /// A direct object ("wrote a strategic concept", "declared a ceasefire"), a non-speech adjunct alone ("responded with
    /// violence", "responding to outbreaks") or nothing ("Gulf states") is no speech.
    /// </summary>
    private static bool HasSpeechComplement(List<Token> toks, int k)
    {
        if (ClosesQuotation(toks, k)) return true;
        int j = k + 1;
        while (j < toks.Count)
        {
            var w = toks[j].Text;
            if (w is "that" or ":" or QuoteMark) return true;
            if (w == ",") return QuotationFollows(toks, j + 1);
            if (Adverbs.Contains(w) || (w.Length > 4 && w.EndsWith("ly", StringComparison.Ordinal) && char.IsLower(w[0]))) { j++; continue; }
            if (!AdjunctPrepositions.Contains(w)) return false; // a direct object, a clause, the end of the sentence
            if (w == "to" && ToSomethingSaid(toks, j + 1)) return true;
            int words = 0;
            for (j++; j < toks.Count && toks[j].Kind == TokenKind.Word && toks[j].Text != "that" && !AdjunctPrepositions.Contains(toks[j].Text); j++)
                if (++words > MaxAdjunctWords) return false;
        }
        return false;
    }

    // A quotation at k, or after the speaker's "quote" formula: "wrote, quote, “…”", "responded, I quote, “…”", "wrote, and I
    // quote, “…”".
    private static bool QuotationFollows(List<Token> toks, int k)
    {
        if (k < toks.Count && toks[k].Text == "and") k++;
        if (k < toks.Count && toks[k].Text == "I") k++;
        if (k < toks.Count && toks[k].Text is "quote" or "quoting") k++;
        if (k < toks.Count && toks[k].Text == ",") k++;
        return k < toks.Count && toks[k].Text == QuoteMark;
    }

    // "to a question", "to yesterday’s atrocities report", "to him": a said-noun within the noun phrase starting at k.
    private static bool ToSomethingSaid(List<Token> toks, int k)
    {
        for (int j = k; j < toks.Count && j <= k + MaxAdjunctWords + 1 && toks[j].Kind == TokenKind.Word; j++)
        {
            var w = StripPossessive(toks[j].Text, out _);
            if (SaidNouns.Contains(w)) return true;
            if (Prepositions.Contains(w) || w == "that") return false; // "to all forms of GBV"
        }
        return false;
    }

    /// <summary>
    /// True when the cue at <paramref name="cue"/> follows a quotation of its sentence with nothing but the speaker between
    /// (“…,” X said / “…,” said X / “…,” NTV reported him as saying): at most eight tokens, no "that", "and" or "but", and
    /// no comma but the one closing the quotation.
    /// </summary>
    private static bool ClosesQuotation(List<Token> toks, int cue)
    {
        int q = toks.FindLastIndex(cue, t => t.Text == QuoteMark);
        if (q < 0 || cue - q > 8) return false;
        for (int k = q + 1; k < cue; k++)
            if ((toks[k].Text == "," && k != q + 1) || toks[k].Text is "that" or "and" or "but") return false;
        return true;
    }
}
