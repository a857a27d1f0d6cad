namespace NewsLens.Sentiment;

/// <summary>A token of a sentence as a slice of it (no string is allocated).</summary>
internal readonly record struct TokenSpan(int Start, int Length);

/// <summary>
/// VADER's tokenisation: split on white space; a token that is itself a lexicon entry (an emoticon such as
/// ":-)" or "&lt;3") is kept whole, any other token loses all its leading and trailing punctuation ("good," ->
/// "good", "\"Wow!\"" -> "Wow", "(thanks" -> "thanks", "fun..." -> "fun"), as the authors describe it ("removes
/// leading and trailing punctuation, leaves contractions and most emoticons") and their current release does;
/// their 2014 script stripped only one mark from a fixed list. Tokens that are nothing but punctuation, and
/// single characters, are dropped.
/// </summary>
internal static class VaderTokenizer
{
    /// <summary>Writes the tokens of <paramref name="text"/> into <paramref name="output"/> (which must hold
    /// text.Length / 2 + 1 entries) and returns how many there are.</summary>
    public static int Tokenize(ReadOnlySpan<char> text, SentimentLexicon lexicon, Span<TokenSpan> output)
    {
        int n = 0, i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            int start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i])) i++;
            if (i == start) break;
            var raw = text[start..i];
            if (lexicon.Contains(raw)) { output[n++] = new TokenSpan(start, i - start); continue; }
            int s = start, e = i;
            while (s < e && IsPunctuation(text[s])) s++;
            while (e > s && IsPunctuation(text[e - 1])) e--;
            // Single characters ("a", "I", a stray digit) are dropped, as the authors' 2014 script behind the
            // paper's figures does on purpose ("get rid of ... single letter 'words' like 'a' and 'I'"), so
            // that articles do not push a negator out of the three-token window ("not a bad idea").
            if (e - s > 1) output[n++] = new TokenSpan(s, e - s);
        }
        return n;
    }

    private static bool IsPunctuation(char c) => c < 0x80 ? char.IsAsciiLetterOrDigit(c) is false && c > ' ' : char.IsPunctuation(c) || char.IsSymbol(c);
}
