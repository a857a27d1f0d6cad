using NewsLens.Text;

namespace NewsLens.Stance;

// Speakers described rather than named ("One NATO insider told", "Pentagon leaders say", "The Trump administration
// warned") and institutions written with title words ("The US and other NATO allies …, saying").
public static partial class QuoteAttribution
{
    // Longest description, in tokens ("A senior US State Department official").
    private const int MaxDescriptionTokens = 8;

    /// <summary>
    /// A description whose head noun (<see cref="SpeakerDescriptions.IsHeadNoun"/>) is token <paramref name="head"/>: a
    /// determiner, lower-case modifiers and at least one capitalised word before the head ("One NATO insider", "A senior US
    /// State Department official", "Pentagon leaders", "Turkey’s defence ministry"), as written; null when no capitalised
    /// word names whose official it is ("A senior official") or when the phrase does not open its clause ("Turkey rejected
    /// what NATO officials said": the subject of a clause inside another).
    /// </summary>
    private static string? DescriptionEndingAt(string text, List<Token> toks, int head, out int start)
    {
        start = head + 1;
        if (head < 0 || head >= toks.Count || !SpeakerDescriptions.IsHeadNoun(toks[head].Text)) return null;
        int k = head - 1;
        bool named = false;
        while (k >= 0 && k > head - MaxDescriptionTokens && toks[k].Kind == TokenKind.Word)
        {
            var w = toks[k].Text;
            if (SpeakerDescriptions.IsDeterminer(w)) { k--; break; } // a determiner opens the phrase
            if (IsCapitalised(w) && !IsModifier(w) && !LeadIns.Contains(w)) named = true;
            else if (!SpeakerDescriptions.IsModifier(w)) break;
            k--;
        }
        if (!named) return null;
        start = k + 1;
        return OpensClause(text, toks, start) ? text[toks[start].Start..toks[head].End] : null;
    }

    /// <summary>
    /// A description starting at token <paramref name="start"/> ("said a senior US official", "according to Russian
    /// officials"), as written; <paramref name="after"/> is the token after its head noun.
    /// </summary>
    private static string? DescriptionStartingAt(string text, List<Token> toks, int start, out int after)
    {
        after = start;
        if (start >= toks.Count) return null;
        int k = start;
        if (SpeakerDescriptions.IsDeterminer(toks[k].Text)) k++;
        bool named = false;
        while (k < toks.Count && k < start + MaxDescriptionTokens && toks[k].Kind == TokenKind.Word && !SpeakerDescriptions.IsHeadNoun(toks[k].Text))
        {
            var w = toks[k].Text;
            if (IsCapitalised(w) && !IsModifier(w)) named = true;
            else if (!SpeakerDescriptions.IsModifier(w)) return null;
            k++;
        }
        if (!named || k >= toks.Count || !SpeakerDescriptions.IsHeadNoun(toks[k].Text)) return null;
        after = k + 1;
        return text[toks[start].Start..toks[k].End];
    }

    /// <summary>
    /// The description that is the subject of the main clause starting at token <paramref name="k"/> (before the participle
    /// at <paramref name="p"/>): "Russian officials met their Turkish counterparts, saying …"; null otherwise.
    /// </summary>
    private static Found? DescriptionSubject(string text, List<Token> toks, int k, int p)
    {
        for (int h = k; h < p && h < k + MaxDescriptionTokens; h++)
        {
            if (!SpeakerDescriptions.IsHeadNoun(toks[h].Text)) continue;
            if (DescriptionEndingAt(text, toks, h, out int start) is { } description && start <= k && FollowedByPredicate(toks, h + 1, p))
                return Found.One(description, "participle");
            return null;
        }
        return null;
    }

    /// <summary>An institution name ("US", "NATO", "White House") made of the words of <paramref name="run"/>, or null.</summary>
    private static string? InstitutionName(IReadOnlyList<string> run)
    {
        var name = string.Join(" ", run);
        return SpeakerDescriptions.IsInstitution(name) ? name : null;
    }

    // An institution named alone is a speaker when what follows it is no noun it qualifies ("US sanctions hit Turkey,
    // adding to …", "NATO allies"): the end of the span, punctuation, "and", "that", an auxiliary, a speech verb, a past tense or
    // a preposition ("The US and …", "the US has …", "the US complained", "according to NATO on Monday").
    private static bool InstitutionHead(List<Token> toks, int k)
    {
        if (k >= toks.Count || toks[k].Kind != TokenKind.Word || !char.IsLower(toks[k].Text[0])) return true;
        var w = toks[k].Text;
        return w is "and" or "or" or "that" || Auxiliaries.Contains(w) || Adverbs.Contains(w) || SpeechVerbs.Contains(w) || Adjuncts.Contains(w)
            || Prepositions.Contains(w) || (w.Length > 3 && w.EndsWith("ed", StringComparison.Ordinal));
    }

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
    {
        "is", "was", "were", "are", "has", "have", "had", "will", "would", "could", "can", "may", "might", "should", "must",
        "did", "does", "do", "also", "repeatedly", "again", "still",
    };
}
