using NewsLens.IO;

namespace NewsLens.Sentiment;

/// <summary>
/// Replaces emoji by their English descriptions ("😂" -> "face with tears of joy") so the words are scored,
/// as VADER does with its emoji_utf8_lexicon.txt (MIT licence, Hutto &amp; Gilbert).
/// </summary>
internal static class EmojiDescriptions
{
    private static readonly Lazy<(SpanTable<string> Table, int MaxLength)> Data = new(Load);

    /// <summary>The text with each emoji replaced by " description "; the same instance when it has none.</summary>
    public static string Replace(string text)
    {
        int first = FirstCandidate(text, 0);
        if (first < 0) return text;
        var (table, maxLength) = Data.Value;
        System.Text.StringBuilder? sb = null;
        int copied = 0;
        for (int i = first; i >= 0 && i < text.Length; i = FirstCandidate(text, i))
        {
            int matched = 0;
            string? description = null;
            for (int len = Math.Min(maxLength, text.Length - i); len >= 1; len--)
                if (table.TryGetValue(text.AsSpan(i, len), out description)) { matched = len; break; }
            if (matched == 0) { i++; continue; }
            sb ??= new System.Text.StringBuilder(text.Length + 32);
            sb.Append(text, copied, i - copied).Append(' ').Append(description).Append(' ');
            i += matched;
            copied = i;
        }
        if (sb is null) return text;
        return sb.Append(text, copied, text.Length - copied).ToString();
    }

    private static int FirstCandidate(string text, int from)
    {
        for (int i = from; i < text.Length; i++)
        {
            char c = text[i];
            if (c > 0x7F && !char.IsLetter(c)) return i;
        }
        return -1;
    }

    private static (SpanTable<string>, int) Load()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        using var reader = ResourceText.Open("vader.emoji_utf8_lexicon.txt");
        for (string? line; (line = reader.ReadLine()) is not null;)
        {
            int tab = line.IndexOf('\t');
            if (tab <= 0) continue;
            map[line[..tab]] = line[(tab + 1)..].Trim();
        }
        return (new SpanTable<string>(map), map.Keys.Max(k => k.Length));
    }
}
