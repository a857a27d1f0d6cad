using NewsLens.Text;

namespace NewsLens.Stance;

// Speakers named as the agent of a passive ("…, was further stressed by X", "It was noted by X that …") or of something
// said ("according to remarks by X").
public static partial class QuoteAttribution
{
    /// <summary>
    /// Past participles that report speech in a passive with an agent ("was stressed by X"). Left out for their readings that
    /// are no speech: "confirmed by the Senate", "claimed by ISIS" (responsibility), "mentioned by the report".
    /// </summary>
    private static readonly HashSet<string> PassiveSpeechVerbs = new(StringComparer.Ordinal)
    {
        "said", "stated", "stressed", "emphasised", "emphasized", "noted", "argued", "announced", "reported", "expressed",
        "echoed", "voiced", "asserted", "underlined", "underscored", "reiterated", "told", "warned", "insisted", "suggested",
    };

    private static readonly HashSet<string> PassiveAuxiliaries = new(StringComparer.Ordinal)
    {
        "was", "were", "is", "are", "been", "being", "be",
    };

    /// <summary>
    /// A passive speech cue at <paramref name="k"/>: an auxiliary ("was", "were", "has been", …), at most two adverbs
    /// ("further", "also"), a participle of <see cref="PassiveSpeechVerbs"/> and "by" ("was further stressed by"); the index
    /// of the "by", else null. A passive in a relative clause ("the comments that were later echoed by Blinken", "the outcome
    /// that has been reported by …") describes a noun of the sentence and reports nothing: null.
    /// </summary>
    private static int? PassiveBy(List<Token> toks, int k)
    {
        if (!PassiveAuxiliaries.Contains(toks[k].Text)) return null;
        int before = k - 1;
        while (before >= 0 && toks[before].Text is "has" or "have" or "had" or "also") before--;
        if (before >= 0 && toks[before].Text is "that" or "which" or "who") return null;
        int j = k + 1;
        while (j < toks.Count && j <= k + 2 && (Adverbs.Contains(toks[j].Text) || toks[j].Text is "also" or "repeatedly" or "strongly")) j++;
        if (j + 1 >= toks.Count || !PassiveSpeechVerbs.Contains(toks[j].Text) || toks[j + 1].Text != "by") return null;
        return j + 1;
    }

    /// <summary>
    /// The speaker named after "by", "according to" or a noun of something said ("remarks by X"): an organisation taken
    /// whole, a description ("Russian officials"), an institution after "the" ("the Pentagon", not "the Monterey experts")
    /// or a name (also joined: "Engel and McCaul").
    /// </summary>
    private static Found? Agent(string text, List<Token> toks, int start, string rule)
    {
        if (OrganisationRunAfter(toks, start) is { } org) return Found.One(org, rule);
        if (DescriptionStartingAt(text, toks, start, out _) is { } described) return Found.One(described, rule);
        if (start < toks.Count && toks[start].Text == "the")
            return RunAfterJoined(toks, start + 1, out int after) is { } named && InstitutionHead(toks, after) ? named.As(rule) : null;
        return RunAfterJoined(toks, start, out _)?.As(rule);
    }

    /// <summary>
    /// "according to remarks by X", "according to a statement from the Kremlin", "according to a report of the Ministry":
    /// the index of the token after "by|from|of" when the words after "according to" (<paramref name="k"/> + 2) are a noun
    /// phrase of something said (<see cref="SaidNouns"/>), else null.
    /// </summary>
    private static int? SaidBy(List<Token> toks, int k)
    {
        for (int j = k; j < toks.Count && j <= k + 4 && toks[j].Kind == TokenKind.Word; j++)
        {
            if (!SaidNouns.Contains(toks[j].Text)) continue;
            return j + 2 < toks.Count && toks[j + 1].Text is "by" or "from" or "of" ? j + 2 : null;
        }
        return null;
    }

    /// <summary>
    /// The span a passive cue (auxiliary at <paramref name="aux"/>, "by" at <paramref name="by"/>) attributes: what follows a
    /// "that" after the agent ("It was noted by X that A" → A), else what precedes the auxiliary ("A, was further stressed by
    /// X" → A), else the sentence.
    /// </summary>
    private static (int Start, int End) PassiveSpan(string text, List<Token> toks, int aux, int by, int start, int end)
    {
        for (int j = by + 1; j < toks.Count && j <= by + MaxDescriptionTokens + 2 && toks[j].Kind == TokenKind.Word; j++)
            if (toks[j].Text == "that" && j + 1 < toks.Count) return Trimmed(text, toks[j + 1].Start, end);
        int last = aux - 1;
        if (last >= 0 && toks[last].Text == ",") last--;
        return last >= 0 && !(last == 0 && toks[0].Text is "It" or "it" or "This" or "this") ? Trimmed(text, start, toks[last].End) : (start, end);
    }
}
