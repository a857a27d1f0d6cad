using NewsLens.Text;

namespace NewsLens.Stance;

// Name runs, organisation names and tokens for the attribution patterns.
public static partial class QuoteAttribution
{
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
        // "the US said": an institution alone is a name, except as the object of a preposition ("pilots in the US said")
        if (InstitutionName(run) is { } institution) return InPrepositionalPhrase(toks, start) ? null : institution;
        if (SpeakerNames.IsTitle(run[^1])) return null;
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
