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
    public IEnumerable<RawRecord> Read(string content, SourceFile file, CorpusLoadOptions options)
    {
        var lines = content.Split('\n');
        int first = Array.FindIndex(lines, l => !string.IsNullOrWhiteSpace(l));
        if (first < 0)
        {
            yield return RawRecord.Failed(null, "empty file");
            yield break;
        }
        var record = IsTitle(lines, first)
            ? new RawRecord { Title = lines[first].Trim(), Text = string.Join('\n', lines.Skip(first + 1)).Trim('\n') }
            : new RawRecord { Text = string.Join('\n', lines.Skip(first)).Trim('\n') };
        var body = record.Text.Split('\n');
        int last = Array.FindLastIndex(body, l => !string.IsNullOrWhiteSpace(l));
        if (last >= 0 && SourceLine().Match(body[last].Replace('\u00A0', ' ')) is { Success: true } m)
            record.Outlet = m.Groups[1].Value.Trim();
        yield return record;
    }

    private static bool IsTitle(string[] lines, int first)
    {
        var line = lines[first].Trim();
        if (line.Length > 200 || line[^1] is ',' or ';' or ':') return false;
        if (first + 1 >= lines.Length || !string.IsNullOrWhiteSpace(lines[first + 1])) return false;
        return lines.Skip(first + 1).Any(l => !string.IsNullOrWhiteSpace(l));
    }

    [GeneratedRegex(@"^\s*source\s*:\s*(\S.{0,98})\s*$", RegexOptions.IgnoreCase)]
    internal static partial Regex SourceLine();
}
