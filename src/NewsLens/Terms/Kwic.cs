using System.Text;
using System.Text.RegularExpressions;
using NewsLens.Text;

namespace NewsLens.Terms;

/// <summary>Keyword in context (quanteda's <c>kwic</c>): every match of a pattern with the tokens around it.</summary>
public static class Kwic
{
    /// <summary>
    /// Finds <paramref name="pattern"/> in every document. A pattern with spaces is a phrase: its
    /// parts must match consecutive tokens, each part matched by <paramref name="type"/>. Matches
    /// may overlap; they are listed by document, then position. The context never crosses a document.
    /// </summary>
    /// <param name="tokens">The tokenized documents.</param>
    /// <param name="pattern">A word, a phrase ("missile defence"), a glob ("missile*") or a regular expression.</param>
    /// <param name="window">Tokens of context on each side.</param>
    /// <param name="type">How each part of the pattern matches a token.</param>
    /// <param name="caseSensitive">Match case exactly (default: case-insensitive).</param>
    /// <exception cref="ArgumentException">When the pattern is empty, the window negative or the regular expression invalid.</exception>
    public static KwicTable Find(Tokens tokens, string pattern, int window = 5,
        PatternType type = PatternType.Glob, bool caseSensitive = false)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(pattern);
        if (window < 0) throw new ArgumentOutOfRangeException(nameof(window), window, "window must be 0 or more.");
        if (!Enum.IsDefined(type))
            throw new ArgumentException($"Pattern type {(int)type} is not valid; valid: {string.Join(", ", Enum.GetNames<PatternType>())}.", nameof(type));
        var parts = pattern.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0) throw new ArgumentException("The pattern is empty.", nameof(pattern));
        var matchers = parts.Select(p => Matcher(p, type, caseSensitive, pattern)).ToArray();

        var rows = new List<KwicRow>();
        foreach (var document in tokens)
        {
            var list = document.Tokens;
            for (var start = 0; start + matchers.Length <= list.Count; start++)
            {
                var ok = true;
                for (var m = 0; m < matchers.Length && ok; m++) ok = matchers[m](list[start + m].Text);
                if (!ok) continue;
                var end = start + matchers.Length;
                rows.Add(new KwicRow(document.Info.Id, start, end, list[start].Start, list[end - 1].End,
                    Join(list, Math.Max(0, start - window), start), Join(list, start, end),
                    Join(list, end, Math.Min(list.Count, end + window)), pattern, document.Info));
            }
        }
        return new KwicTable(rows, pattern);
    }

    private static Func<string, bool> Matcher(string part, PatternType type, bool caseSensitive, string pattern)
    {
        var options = RegexOptions.CultureInvariant | (caseSensitive ? RegexOptions.None : RegexOptions.IgnoreCase);
        switch (type)
        {
            case PatternType.Fixed:
                var comparison = caseSensitive ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
                return token => string.Equals(token, part, comparison);
            case PatternType.Glob:
                var glob = new Regex("^" + Regex.Escape(part).Replace(@"\*", ".*").Replace(@"\?", ".") + "$",
                    options | RegexOptions.Singleline);
                return glob.IsMatch;
            default:
                try
                {
                    var regex = new Regex(part, options, TimeSpan.FromSeconds(1));
                    return regex.IsMatch;
                }
                catch (ArgumentException e)
                {
                    throw new ArgumentException($"'{part}' in pattern '{pattern}' is not a valid regular expression: {e.Message}", nameof(pattern), e);
                }
        }
    }

    private static string Join(IReadOnlyList<Token> tokens, int from, int to)
    {
        var text = new StringBuilder();
        for (var i = from; i < to; i++)
        {
            if (i > from) text.Append(' ');
            text.Append(tokens[i].Text);
        }
        return text.ToString();
    }
}
