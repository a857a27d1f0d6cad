using System.Net;
using System.Text;
using NewsLens.Terms;

namespace NewsLens.Charts;

public static partial class ResultCharts
{
    /// <summary>
    /// Keywords in context as an HTML table with the keyword centred: the words before it right-aligned, the
    /// keyword bold, the words after it left-aligned, so the matches line up in one column. Not a Plotly chart.
    /// </summary>
    /// <param name="rows">KWIC rows.</param>
    /// <param name="maxRows">Rows shown (≥ 0); the footer gives the total.</param>
    /// <param name="caption">Optional caption.</param>
    public static string KwicHtml(IEnumerable<KwicRow> rows, int maxRows = 20, string? caption = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentOutOfRangeException.ThrowIfNegative(maxRows);
        var list = rows.ToList();
        var shown = Math.Min(maxRows, list.Count);
        var sb = new StringBuilder();
        sb.Append("<table class=\"newslens-table newslens-kwic\">\n");
        if (caption is not null) sb.Append("<caption>").Append(WebUtility.HtmlEncode(caption)).Append("</caption>\n");
        sb.Append("<thead><tr><th style=\"text-align:left\">DocumentId</th><th style=\"text-align:right\">Pre</th>")
          .Append("<th style=\"text-align:center\">Keyword</th><th style=\"text-align:left\">Post</th></tr></thead>\n<tbody>\n");
        foreach (var r in list.Take(shown))
        {
            sb.Append("<tr><td style=\"text-align:left\">").Append(WebUtility.HtmlEncode(r.DocumentId)).Append("</td>")
              .Append("<td style=\"text-align:right;white-space:nowrap\">").Append(WebUtility.HtmlEncode(r.Pre)).Append("</td>")
              .Append("<td style=\"text-align:center;white-space:nowrap\"><b>").Append(WebUtility.HtmlEncode(r.Keyword)).Append("</b></td>")
              .Append("<td style=\"text-align:left;white-space:nowrap\">").Append(WebUtility.HtmlEncode(r.Post)).Append("</td></tr>\n");
        }
        sb.Append("</tbody>\n<tfoot><tr><td colspan=\"4\" style=\"text-align:left;font-style:italic\">")
          .Append(WebUtility.HtmlEncode(CellText.Footer(shown, list.Count))).Append("</td></tr></tfoot>\n</table>");
        return sb.ToString();
    }

    /// <summary>Keywords in context as aligned text: the words before right-aligned, the keyword in [brackets] in one column.</summary>
    /// <param name="rows">KWIC rows.</param>
    /// <param name="maxRows">Rows shown (≥ 0).</param>
    /// <param name="caption">Optional first line.</param>
    public static string KwicText(IEnumerable<KwicRow> rows, int maxRows = 20, string? caption = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentOutOfRangeException.ThrowIfNegative(maxRows);
        var list = rows.ToList();
        var shown = list.Take(maxRows).ToList();
        var idWidth = shown.Select(r => r.DocumentId.Length).DefaultIfEmpty(0).Max();
        var preWidth = shown.Select(r => r.Pre.Length).DefaultIfEmpty(0).Max();
        var sb = new StringBuilder();
        if (caption is not null) sb.Append(caption).Append('\n');
        foreach (var r in shown)
            sb.Append(r.DocumentId.PadRight(idWidth)).Append("  ").Append(r.Pre.PadLeft(preWidth))
              .Append(" [").Append(r.Keyword).Append("] ").Append(r.Post).Append('\n');
        sb.Append(CellText.Footer(shown.Count, list.Count));
        return sb.ToString();
    }
}
