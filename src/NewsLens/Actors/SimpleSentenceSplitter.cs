namespace NewsLens.Actors;

/// <summary>
/// The default sentence splitter of <see cref="ActorRecognizer"/>: a sentence ends at '.', '!' or '?'
/// (optionally followed by closing quotes or brackets) when whitespace and an upper-case letter, digit or
/// opening quote follow, and at every blank line or line break followed by a blank line; never after a
/// title ("Mr.", "Dr."), an initial ("J.") or a dotted abbreviation ("U.S."). Projects plug their own
/// splitter through <see cref="ActorRecognizerOptions.SentenceSpans"/>.
/// </summary>
internal static class SimpleSentenceSplitter
{
    private static readonly HashSet<string> NoBreakAfter = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Sen", "Rep", "Lt", "Col", "Gov", "Prof", "Capt", "Maj", "Sgt",
        "Adm", "Rev", "Jr", "Sr", "No", "vs", "etc", "Inc", "Ltd", "Co", "Corp", "Brig", "Cmdr",
    };

    public static IReadOnlyList<(int Start, int End)> Split(string text)
    {
        var spans = new List<(int, int)>();
        int start = 0;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (c == '\n')
            {
                int j = i + 1;
                while (j < text.Length && text[j] is ' ' or '\t' or '\r') j++;
                if (j < text.Length && text[j] == '\n')
                {
                    Add(spans, text, start, i);
                    start = j + 1;
                    i = j + 1;
                    continue;
                }
            }
            if (c is '.' or '!' or '?')
            {
                int end = i + 1;
                while (end < text.Length && text[end] is '"' or '\'' or '’' or '”' or ')' or ']' or '.' or '!' or '?') end++;
                int j = end;
                while (j < text.Length && text[j] is ' ' or '\t' or '\r' or '\n') j++;
                bool spaced = j > end;
                bool nextStarts = j < text.Length && (char.IsUpper(text[j]) || char.IsDigit(text[j]) || text[j] is '"' or '“' or '‘' or '\'');
                if (spaced && nextStarts && !(c == '.' && IsAbbreviation(text, i)))
                {
                    Add(spans, text, start, end);
                    start = j;
                    i = j;
                    continue;
                }
            }
            i++;
        }
        Add(spans, text, start, text.Length);
        return spans;
    }

    private static bool IsAbbreviation(string text, int dot)
    {
        int k = dot;
        while (k > 0 && (char.IsLetter(text[k - 1]) || text[k - 1] == '.')) k--;
        var word = text[k..dot];
        if (word.Length == 0) return false;
        if (NoBreakAfter.Contains(word)) return true;
        if (word.Length == 1 && char.IsUpper(word[0])) return true; // initial
        return word.Contains('.') && word.Split('.').All(p => p.Length == 1); // U.S
    }

    private static void Add(List<(int, int)> spans, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) spans.Add((start, end));
    }
}
