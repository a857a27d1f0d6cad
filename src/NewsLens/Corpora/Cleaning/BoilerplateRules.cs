using System.Text.RegularExpressions;

namespace NewsLens.Corpora.Cleaning;

/// <summary>
/// Known boilerplate patterns of news pages copied as text. Each rule looks at one line of the normalised
/// lines (see <see cref="Normalise"/>: trimmed, no-break spaces read as spaces) and returns how many lines it removes from there: 1 for a single line,
/// more for a header with the block that belongs to it ("check-also", "related-links"), 0 for no match.
/// </summary>
public static partial class BoilerplateRules
{
    /// <summary>A rule: its name (recorded in <see cref="CleaningEntry.Rule"/>) and its matcher over normalised lines.</summary>
    internal sealed record Rule(string Name, Func<IReadOnlyList<string>, int, int> Match);

    /// <summary>Name of the corpus-level rule for lines repeated across documents of one outlet.</summary>
    public const string RepeatedLine = "repeated-line";

    internal static readonly IReadOnlyList<Rule> All =
    [
        Single("comment-form", CommentForm()),
        Single("comments-closed", CommentsClosed()),
        Single("read-more", ReadMore()),
        Single("click-here", ClickHere()),
        Single("shop-promo", ShopPromo()),
        Single("full-article", FullArticle()),
        Single("post-appeared-first", PostAppearedFirst()),
        Single("share-buttons", ShareButtons()),
        new("check-also", CheckAlso),
        new("related-links", RelatedLinks),
        new("source-line", SourceLine),
    ];

    /// <summary>
    /// The rules that can match at a line, in order: all of them when the line matches one of their
    /// patterns (<see cref="AnyPattern"/>), otherwise only the source-line rule on the last non-blank line
    /// (the only line it can take), otherwise none.
    /// </summary>
    internal static IReadOnlyList<Rule> Candidates(ReadOnlySpan<char> normalisedLine, bool lastNonBlank) =>
        AnyPattern().IsMatch(normalisedLine) ? All : lastNonBlank ? SourceLineOnly : [];

    private static readonly IReadOnlyList<Rule> SourceLineOnly = [All[^1]];

    /// <summary>The rule names, in the order they are tried, then "repeated-line".</summary>
    public static IReadOnlyList<string> Names { get; } = [.. All.Select(r => r.Name), RepeatedLine];

    /// <summary>The line as the rules see it: trimmed, no-break and other spaces as single spaces.</summary>
    /// <param name="line">A raw line.</param>
    /// <returns>The normalised line.</returns>
    public static string Normalise(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (IsNormalised(line.AsSpan())) return line;
        var buffer = new System.Text.StringBuilder(line.Length);
        bool pendingSpace = false;
        foreach (char c in line)
        {
            if (IsSpace(c))
            {
                pendingSpace = buffer.Length > 0;
                continue;
            }
            if (pendingSpace) buffer.Append(' ');
            pendingSpace = false;
            buffer.Append(c);
        }
        return buffer.Equals(line.AsSpan()) ? line : buffer.ToString();
    }

    /// <summary>Where <paramref name="line"/> starts and how long it is without the spaces at either end.</summary>
    internal static (int Start, int Length) TrimSpaces(ReadOnlySpan<char> line)
    {
        int start = 0, end = line.Length;
        while (start < end && IsSpace(line[start])) start++;
        while (end > start && IsSpace(line[end - 1])) end--;
        return (start, end - start);
    }

    /// <summary>True when <see cref="Normalise"/> would give <paramref name="span"/> back unchanged.</summary>
    internal static bool IsNormalised(ReadOnlySpan<char> span)
    {
        if (span.Length == 0) return true;
        if (IsSpace(span[0]) || IsSpace(span[^1])) return false;
        // Vectorised scans: no ASCII space character other than ' ', no two spaces in a row, and then the
        // non-ASCII characters (few in most lines) one at a time.
        if (span.IndexOfAny(AsciiOtherSpaces) >= 0 || span.IndexOf("  ", StringComparison.Ordinal) >= 0) return false;
        for (int i = span.IndexOfAnyExceptInRange('\0', '\u007f'); i >= 0; )
        {
            if (IsSpace(span[i])) return false;
            var next = span[(i + 1)..].IndexOfAnyExceptInRange('\0', '\u007f');
            i = next < 0 ? -1 : i + 1 + next;
        }
        return true;
    }

    /// <summary>The ASCII characters <see cref="IsSpace"/> accepts, except the plain space.</summary>
    private static readonly System.Buffers.SearchValues<char> AsciiOtherSpaces = System.Buffers.SearchValues.Create(
        Enumerable.Range(0, 128).Select(i => (char)i).Where(c => c != ' ' && IsSpace(c)).ToArray());

    private static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is '\u200B' or '\u2060' or '\uFEFF';

    private static Rule Single(string name, Regex pattern) =>
        new(name, (lines, i) => pattern.IsMatch(lines[i]) ? 1 : 0);

    /// <summary>"Check Also" followed by a teaser: up to two headline-like lines, ending at a truncated
    /// excerpt ("…" or "...") when there is one.</summary>
    private static int CheckAlso(IReadOnlyList<string> lines, int i)
    {
        if (!CheckAlsoHeader().IsMatch(lines[i])) return 0;
        int end = i, taken = 0;
        for (int j = NextNonBlank(lines, i + 1); j >= 0 && taken < 3; j = NextNonBlank(lines, j + 1))
        {
            var line = lines[j];
            bool truncated = line.EndsWith('…') || line.EndsWith("...", StringComparison.Ordinal);
            if (!truncated && !(IsHeadlineLike(line) && taken < 2)) break;
            end = j;
            taken++;
            if (truncated) break;
        }
        return end - i + 1;
    }

    /// <summary>
    /// A header announcing links ("Related:", "Related articles", "See also", "For further information, see
    /// the following articles:") and the run of link headlines after it: short lines (at most 150 characters)
    /// that either lack final sentence punctuation or are title-cased. The run ends at the first line that
    /// is not headline-like, i.e. the next real paragraph (a long photo caption is such a line and is kept).
    /// A "Related: headline" line with its own content is removed alone.
    /// </summary>
    private static int RelatedLinks(IReadOnlyList<string> lines, int i)
    {
        var header = lines[i];
        if (RelatedInline().IsMatch(header)) return 1;
        if (!RelatedHeader().IsMatch(header)) return 0;
        int end = i;
        for (int j = NextNonBlank(lines, i + 1), taken = 0; j >= 0 && taken < 30; j = NextNonBlank(lines, j + 1), taken++)
        {
            if (!IsHeadlineLike(lines[j])) break;
            end = j;
        }
        return end - i + 1;
    }

    /// <summary>The last non-empty line "source: X" or a bare "Source".</summary>
    private static int SourceLine(IReadOnlyList<string> lines, int i)
    {
        if (NextNonBlank(lines, i + 1) >= 0) return 0;
        var line = lines[i];
        return BareSource().IsMatch(line) || Loaders.TxtLoader.SourceLine().IsMatch(line) ? 1 : 0;
    }

    /// <summary>A headline: at most 150 characters and 25 words, and either without final sentence
    /// punctuation or title-cased (at least 60% of its words start with a capital or a digit).</summary>
    internal static bool IsHeadlineLike(string line)
    {
        if (line.Length == 0 || line.Length > 150) return false;
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 25) return false;
        var end = line.TrimEnd('"', '\'', '”', '’', ')', ']', '»');
        bool sentenceEnd = end.Length > 0 && end[^1] is '.' or '!' or '?' or '…' or ':' or ';';
        if (!sentenceEnd) return true;
        var letters = words.Select(w => w.TrimStart('"', '\'', '“', '‘', '(', '[', '«')).Where(w => w.Length > 0).ToList();
        int capitalised = letters.Count(w => char.IsUpper(w[0]) || char.IsDigit(w[0]));
        return letters.Count > 0 && capitalised >= 0.6 * letters.Count;
    }

    private static int NextNonBlank(IReadOnlyList<string> lines, int from)
    {
        for (int j = from; j < lines.Count; j++)
            if (!string.IsNullOrWhiteSpace(lines[j])) return j;
        return -1;
    }

    private const string CommentFormPattern = @"^(leave a (reply|comment)|post a comment|add a comment|cancel reply|your email address will not be published\.?( required fields are marked \*)?|required fields are marked \*|you must be logged in to post a comment\.?|\d+ comments?)$";

    [GeneratedRegex(CommentFormPattern, RegexOptions.IgnoreCase)]
    private static partial Regex CommentForm();

    private const string CommentsClosedPattern = @"^comments (are|have been) closed\.?$";

    [GeneratedRegex(CommentsClosedPattern, RegexOptions.IgnoreCase)]
    private static partial Regex CommentsClosed();

    private const string ReadMorePattern = @"^(read more|continue reading)\b\s*(:|»|>|›|…|\.\.\.|$)";

    [GeneratedRegex(ReadMorePattern, RegexOptions.IgnoreCase)]
    private static partial Regex ReadMore();

    private const string ClickHerePattern = @"^click here\b.{0,140}$";

    [GeneratedRegex(ClickHerePattern, RegexOptions.IgnoreCase)]
    private static partial Regex ClickHere();

    private const string ShopPromoPattern = @"^(support\b.{1,80}?\s[–—-]\s*)?browse our shop\b.{0,20}$";

    [GeneratedRegex(ShopPromoPattern, RegexOptions.IgnoreCase)]
    private static partial Regex ShopPromo();

    private const string FullArticlePattern = @"^(full article|full story|read the full article|original article)\s*:";

    [GeneratedRegex(FullArticlePattern, RegexOptions.IgnoreCase)]
    private static partial Regex FullArticle();

    private const string PostAppearedFirstPattern = @"^the post .+ appeared first on .+$";

    [GeneratedRegex(PostAppearedFirstPattern, RegexOptions.IgnoreCase)]
    private static partial Regex PostAppearedFirst();

    private const string ShareButtonsPattern = @"^(share (this( article| story| post)?|on (facebook|twitter|x|whatsapp|linkedin|email|telegram|reddit|pinterest))\b.{0,40}|((facebook|twitter|whatsapp|e-?mail|linkedin|pinterest|reddit|telegram|print|tumblr|messenger|tweet|share|pocket|copy link)[\s,|•·/]*){2,})$";

    [GeneratedRegex(ShareButtonsPattern, RegexOptions.IgnoreCase)]
    private static partial Regex ShareButtons();

    private const string CheckAlsoHeaderPattern = @"^check also:?$";

    [GeneratedRegex(CheckAlsoHeaderPattern, RegexOptions.IgnoreCase)]
    private static partial Regex CheckAlsoHeader();

    private const string RelatedHeaderPattern = @"^(related( articles?| stories| posts| links| content| coverage| news| reading)?|see also|you (may|might) also like|further reading|more on this( story| topic)?|(for )?(further|more) (information|reading)\b[^.!?]{0,80}:|see the following (articles|links|stories))\s*:?$";

    [GeneratedRegex(RelatedHeaderPattern, RegexOptions.IgnoreCase)]
    private static partial Regex RelatedHeader();

    private const string RelatedInlinePattern = @"^related( articles?| stories| posts| links| coverage)?\s*:\s*\S.{0,150}$";

    [GeneratedRegex(RelatedInlinePattern, RegexOptions.IgnoreCase)]
    private static partial Regex RelatedInline();

    [GeneratedRegex(@"^source:?$", RegexOptions.IgnoreCase)]
    private static partial Regex BareSource();

    /// <summary>
    /// Any of the line patterns above (each is anchored at the start of the line): a line that matches none
    /// of them can only be taken by the source-line rule, so the rules are tried only on lines that match
    /// this one pattern (one scan instead of one per rule).
    /// </summary>
    [GeneratedRegex("^(?:(?:" + CommentFormPattern + ")" + "|" + "(?:" + CommentsClosedPattern + ")" + "|" + "(?:" + ReadMorePattern + ")" + "|" + "(?:" + ClickHerePattern + ")" + "|" + "(?:" + ShopPromoPattern + ")" + "|" + "(?:" + FullArticlePattern + ")" + "|" + "(?:" + PostAppearedFirstPattern + ")" + "|" + "(?:" + ShareButtonsPattern + ")" + "|" + "(?:" + CheckAlsoHeaderPattern + ")" + "|" + "(?:" + RelatedHeaderPattern + ")" + "|" + "(?:" + RelatedInlinePattern + "))", RegexOptions.IgnoreCase)]
    private static partial Regex AnyPattern();
}
