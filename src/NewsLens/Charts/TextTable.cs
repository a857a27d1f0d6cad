using System.Collections;
using System.Text;

namespace NewsLens.Charts;

/// <summary>
/// Renders rows (records) as a plain-text table with aligned columns (numbers right-aligned), for
/// text/plain output. Same columns and formatting as <see cref="HtmlTable"/>; cells longer than
/// <see cref="MaxCellWidth"/> are cut with "…" and line breaks become spaces.
/// </summary>
public static class TextTable
{
    /// <summary>The widest a column gets, in characters.</summary>
    public const int MaxCellWidth = 40;

    /// <summary>A text table of the first <paramref name="maxRows"/> of <paramref name="rows"/>, with a footer line.</summary>
    public static string From<T>(IEnumerable<T> rows, int maxRows = 20, string? caption = null) =>
        From((IEnumerable)rows, typeof(T), maxRows, caption);

    /// <summary>A text table of a non-generic sequence; <paramref name="rowType"/> (default: inferred) gives the columns.</summary>
    public static string From(IEnumerable rows, Type? rowType, int maxRows = 20, string? caption = null)
    {
        var data = TableData.Read(rows, rowType, maxRows);
        var headers = data.Headers.Select(Clean).ToArray();
        var cells = data.Cells.Select(r => r.Select(Clean).ToArray()).ToArray();
        var widths = headers.Select((h, c) => Math.Max(h.Length, cells.Length == 0 ? 0 : cells.Max(r => r[c].Length))).ToArray();
        var sb = new StringBuilder();
        if (caption is not null) sb.Append(Clean(caption)).Append('\n');
        sb.Append(Line(headers, widths, data.Numeric)).Append('\n');
        sb.Append(string.Join("  ", widths.Select(w => new string('-', w)))).Append('\n');
        foreach (var row in cells) sb.Append(Line(row, widths, data.Numeric)).Append('\n');
        sb.Append(CellText.Footer(data.Cells.Count, data.Total));
        return sb.ToString();
    }

    private static string Line(string[] cells, int[] widths, IReadOnlyList<bool> numeric) =>
        string.Join("  ", cells.Select((s, c) => numeric[c] ? s.PadLeft(widths[c]) : s.PadRight(widths[c]))).TrimEnd();

    private static string Clean(string s)
    {
        var flat = s.Replace("\r\n", " ").Replace('\n', ' ').Replace('\r', ' ').Replace('\t', ' ');
        return flat.Length <= MaxCellWidth ? flat : flat[..(MaxCellWidth - 1)] + "…";
    }
}
