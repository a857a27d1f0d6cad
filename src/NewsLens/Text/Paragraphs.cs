namespace NewsLens.Text;

/// <summary>Finds paragraphs: runs of text separated by blank lines (a line break, optional spaces, a line break).</summary>
internal static class Paragraphs
{
    /// <summary>The [Start, End) spans of the paragraphs, trimmed of surrounding whitespace, in order.</summary>
    public static List<(int Start, int End)> Find(string text)
    {
        var result = new List<(int, int)>();
        int start = -1, lastNonSpace = -1;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\n' && start >= 0 && IsBlankLineAfter(text, i))
            {
                result.Add((start, lastNonSpace + 1));
                start = -1;
                continue;
            }
            if (CharClass.IsSpace(c)) continue;
            if (start < 0) start = i;
            lastNonSpace = i;
        }
        if (start >= 0) result.Add((start, lastNonSpace + 1));
        return result;
    }

    /// <summary>True when the line break at <paramref name="i"/> is followed by a line holding only whitespace.</summary>
    public static bool IsBlankLineAfter(string text, int i)
    {
        for (int j = i + 1; j < text.Length; j++)
        {
            char c = text[j];
            if (c == '\n') return true;
            if (!CharClass.IsSpace(c)) return false;
        }
        return true;
    }
}
