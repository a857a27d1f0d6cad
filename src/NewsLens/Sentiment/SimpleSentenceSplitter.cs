namespace NewsLens.Sentiment;

/// <summary>
/// A small sentence splitter for document scores: breaks after '.', '!' or '?' (and any closing quotes or
/// brackets) when white space and an upper-case letter (or an opening quote) follow, and at line breaks.
/// Deliberately simple ("Mr. Smith" is split); internal so it can be replaced by the library's splitter.
/// </summary>
internal static class SimpleSentenceSplitter
{
    /// <summary>The non-blank sentences of <paramref name="text"/>, trimmed.</summary>
    public static IEnumerable<string> Split(string text)
    {
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is '\n' or '\r')
            {
                if (Emit(text, start, i) is { } s) yield return s;
                start = i + 1;
                continue;
            }
            if (c is not ('.' or '!' or '?')) continue;
            int end = i + 1;
            while (end < text.Length && text[end] is '.' or '!' or '?' or '"' or '\'' or ')' or '\u201D' or '\u2019') end++;
            int next = end;
            while (next < text.Length && text[next] is ' ' or '\t') next++;
            if (next == end || next >= text.Length) { i = end - 1; continue; }
            char after = text[next];
            if (char.IsUpper(after) || after is '"' or '\u201C' or '\'' or '(')
            {
                if (Emit(text, start, end) is { } s) yield return s;
                start = next;
            }
            i = end - 1;
        }
        if (Emit(text, start, text.Length) is { } last) yield return last;
    }

    private static string? Emit(string text, int start, int end)
    {
        if (end <= start) return null;
        var s = text.AsSpan(start, end - start).Trim();
        return s.IsEmpty ? null : s.ToString();
    }
}
