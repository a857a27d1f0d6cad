namespace NewsLens.Corpora;

/// <summary>
/// Interim word count for <see cref="Corpus.Summary"/>: runs of letters and digits, allowing an internal
/// '-', '’', '\'' or '.' between two letters/digits ("S-400", "Turkey’s", "U.S" count as one word).
/// To be replaced by the tokenizer.
/// </summary>
internal static class WordCounter
{
    public static int Count(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int count = 0;
        bool inWord = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                if (!inWord) { count++; inWord = true; }
            }
            else if (inWord && IsJoiner(c) && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))
            {
                // internal joiner: the word continues
            }
            else
            {
                inWord = false;
            }
        }
        return count;
    }

    private static bool IsJoiner(char c) => c is '-' or '’' or '\'' or '.';
}
