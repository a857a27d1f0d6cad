using System.Collections;
using System.Net;
using System.Text;

namespace NewsLens.Charts;

/// <summary>
/// Renders rows (records) as an HTML table: one column per public property (properties marked
/// [JsonIgnore] are skipped), values formatted by <see cref="CellText.Format"/> and HTML-encoded, the
/// first rows only with a footer such as "showing 20 of 1,234 rows".
/// </summary>
public static class HtmlTable
{
    /// <summary>An HTML table of the first <paramref name="maxRows"/> of <paramref name="rows"/>.</summary>
    /// <param name="rows">The rows; their public properties become the columns.</param>
    /// <param name="maxRows">How many rows to show (≥ 0); the footer gives the total.</param>
    /// <param name="caption">Optional caption above the table.</param>
    public static string From<T>(IEnumerable<T> rows, int maxRows = 20, string? caption = null) =>
        From((IEnumerable)rows, typeof(T), maxRows, caption);

    /// <summary>An HTML table of a non-generic sequence; <paramref name="rowType"/> (default: inferred) gives the columns.</summary>
    public static string From(IEnumerable rows, Type? rowType, int maxRows = 20, string? caption = null)
    {
        var data = TableData.Read(rows, rowType, maxRows);
        var sb = new StringBuilder();
        sb.Append("<table class=\"newslens-table\">\n");
        if (caption is not null) sb.Append("<caption>").Append(Encode(caption)).Append("</caption>\n");
        sb.Append("<thead><tr>");
        for (var c = 0; c < data.Headers.Count; c++)
            sb.Append(data.Numeric[c] ? "<th style=\"text-align:right\">" : "<th style=\"text-align:left\">").Append(Encode(data.Headers[c])).Append("</th>");
        sb.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in data.Cells)
        {
            sb.Append("<tr>");
            for (var c = 0; c < row.Length; c++)
                sb.Append(data.Numeric[c] ? "<td style=\"text-align:right\">" : "<td style=\"text-align:left\">").Append(Encode(row[c])).Append("</td>");
            sb.Append("</tr>\n");
        }
        sb.Append("</tbody>\n");
        sb.Append("<tfoot><tr><td colspan=\"").Append(Math.Max(1, data.Headers.Count)).Append("\" style=\"text-align:left;font-style:italic\">")
          .Append(Encode(CellText.Footer(data.Cells.Count, data.Total))).Append("</td></tr></tfoot>\n");
        sb.Append("</table>");
        return sb.ToString();
    }

    private static string Encode(string s) => WebUtility.HtmlEncode(s);
}
