namespace NewsLens.Text;

/// <summary>
/// Splits news text into sentences by rule.
/// <list type="bullet">
/// <item>A sentence ends at ".", "!", "?" or "…" (or a run of them) followed by whitespace and then an
/// upper-case letter, a digit, an opening quotation mark or an opening bracket.</item>
/// <item>Closing quotation marks and brackets right after the terminator stay with the sentence:
/// "… tomorrow.” He said" splits after ”.</item>
/// <item>A paragraph break (a blank line) always ends a sentence, so headlines and datelines stand alone.</item>
/// <item>No split after a title or month abbreviation (Mr. Mrs. Dr. St. Gen. Sen. Dec. …), a dotted acronym
/// (U.S. U.K. e.g. a.m.), an initial (J. Smith) or "No." before a number; decimals (3.5) never split
/// because no space follows the stop. "etc.", "Inc." and "Ltd." do end a sentence when a capital follows.</item>
/// </list>
/// </summary>
public static class SentenceSplitter
{
    /// <summary>The sentences of <paramref name="text"/>, in order, each trimmed of surrounding whitespace.</summary>
    public static IReadOnlyList<Sentence> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<Sentence>();
        foreach (var (ps, pe) in Paragraphs.Find(text))
        {
            int start = ps;
            int i = ps;
            while (i < pe)
            {
                if (!CharClass.IsTerminator(text[i])) { i++; continue; }
                int t = i;
                int j = i + 1;
                while (j < pe && CharClass.IsTerminator(text[j])) j++;
                while (j < pe && CharClass.IsCloser(text[j])) j++;
                int k = j;
                while (k < pe && CharClass.IsSpace(text[k])) k++;
                if (k == j || k >= pe || !StartsSentence(text[k]) || (j == t + 1 && text[t] == '.' && IsAbbreviationStop(text, t, k)))
                {
                    i = j;
                    continue;
                }
                Add(sentences, text, start, j);
                start = k;
                i = k;
            }
            Add(sentences, text, start, pe);
        }
        return sentences;
    }

    private static void Add(List<Sentence> sentences, string text, int start, int end)
    {
        while (end > start && CharClass.IsSpace(text[end - 1])) end--;
        if (end > start) sentences.Add(new Sentence(sentences.Count, start, end, text[start..end]));
    }

    private static bool StartsSentence(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || CharClass.IsOpener(c) && c is not '<' and not '{';

    /// <summary>True when the full stop at <paramref name="dot"/> belongs to an abbreviation, acronym or initial.</summary>
    private static bool IsAbbreviationStop(string text, int dot, int next)
    {
        int w = dot;
        while (w > 0 && (char.IsLetter(text[w - 1]) || text[w - 1] == '.')) w--;
        var word = text.AsSpan(w, dot - w);
        if (word.IsEmpty) return false;
        if (word.Length == 1) return char.IsUpper(word[0]);            // initial: J. Smith
        if (word.Contains('.')) return IsDottedAcronym(word);          // U.S, e.g (the last stop is at dot)
        if (word is "No") return char.IsDigit(text[next]);             // No. 5
        return Abbreviations.IsTitle(word);
    }

    private static bool IsDottedAcronym(ReadOnlySpan<char> word)
    {
        // single letters separated by stops: "U.S", "e.g", "a.m"
        for (int i = 0; i < word.Length; i++)
        {
            bool letterPlace = i % 2 == 0;
            if (letterPlace ? !char.IsLetter(word[i]) : word[i] != '.') return false;
        }
        return word.Length % 2 == 1;
    }
}
