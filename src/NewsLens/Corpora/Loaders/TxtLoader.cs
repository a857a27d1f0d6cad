using System.Text.RegularExpressions;

namespace NewsLens.Corpora.Loaders;

/// <summary>
/// Plain text: the first non-empty line is the title, the rest is the text, when that line looks like a
/// title: at most 200 characters, not ending in ',' ';' or ':' (a salutation such as "Mr. President,"),
/// followed by a blank line and by more text. Otherwise the file has no title and all of it is text
/// (speech transcripts such as the UN General Debate corpus start directly with the text).
/// A last non-empty line "source: X" (case-insensitive) sets the outlet; cleaning then removes it (rule "source-line").
/// </summary>
internal sealed partial class TxtLoader : IFormatLoader
{
    public IEnumerable<RawRecord> Read(string content, SourceFile file, CorpusLoadOptions options) => [Read(content)];

    public List<RawRecord> ReadAll(ReadOnlySpan<char> content, SourceFile file, CorpusLoadOptions options) => [Read(content)];

    /// <summary>
    /// The record of one text, read from a span (the decoder's pooled buffer): the only strings made are the
    /// title, the text (leading and trailing line breaks trimmed) and, when it may be a source line, the last line.
    /// </summary>
    public static RawRecord Read(ReadOnlySpan<char> content)
    {
        // The first line with something other than white space.
        int first = 0;
        while (true)
        {
            int end = LineEnd(content, first);
            if (!content[first..end].IsWhiteSpace()) break;
            if (end == content.Length) return RawRecord.Failed(null, "empty file");
            first = end + 1;
        }
        int firstEnd = LineEnd(content, first);
        var firstLine = content[first..firstEnd].Trim();
        var record = new RawRecord();
        int textStart = first;
        if (IsTitle(content, firstLine, firstEnd))
        {
            record.Title = firstLine.ToString();
            textStart = firstEnd + 1;
        }
        var text = content[textStart..].Trim('\n');
        record.Text = text.ToString();

        var last = LastNonBlankLine(text);
        if (last.Contains("source", StringComparison.OrdinalIgnoreCase)
            && SourceLine().Match(last.ToString().Replace('\u00A0', ' ')) is { Success: true } m)
            record.Outlet = m.Groups[1].Value.Trim();
        return record;
    }

    /// <summary>Where the line starting at <paramref name="start"/> ends: its '\n' or the end of the text.</summary>
    private static int LineEnd(ReadOnlySpan<char> content, int start)
    {
        int n = content[start..].IndexOf('\n');
        return n < 0 ? content.Length : start + n;
    }

    /// <summary>A short line not ending in , ; : followed by a blank line and then by more text.</summary>
    private static bool IsTitle(ReadOnlySpan<char> content, ReadOnlySpan<char> line, int lineEnd)
    {
        if (line.Length > 200 || line[^1] is ',' or ';' or ':') return false;
        if (lineEnd == content.Length) return false;
        int nextEnd = LineEnd(content, lineEnd + 1);
        if (!content[(lineEnd + 1)..nextEnd].IsWhiteSpace()) return false;
        return !content[(lineEnd + 1)..].IsWhiteSpace();
    }

    private static ReadOnlySpan<char> LastNonBlankLine(ReadOnlySpan<char> text)
    {
        int end = text.Length;
        while (end > 0)
        {
            int start = text[..end].LastIndexOf('\n') + 1;
            if (!text[start..end].IsWhiteSpace()) return text[start..end];
            end = start - 1;
        }
        return [];
    }

    [GeneratedRegex(@"^\s*source\s*:\s*(\S.{0,98})\s*$", RegexOptions.IgnoreCase)]
    internal static partial Regex SourceLine();
}
