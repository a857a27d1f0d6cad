using System.Globalization;
using System.Net;
using System.Text;
using NewsLens.Charts;
using NewsLens.Notebooks;

namespace NewsLens.Terms;

[TypeFormatterSource(typeof(NewsLensFormatterSource), PreferredMimeTypes = new[] { "text/html", "text/plain" })]
public sealed partial class DocumentFeatureMatrix : IHtmlRenderable
{
    /// <summary>Documents (rows) and features (columns) shown when a matrix is displayed.</summary>
    public const int DisplayDocuments = 10, DisplayFeatures = 8;

    private string Facts()
    {
        var cells = (double)NDocuments * NFeatures;
        var sparsity = cells == 0 ? 0 : 100 * (1 - NonZeroCount / cells);
        return $"{DisplayParts.N(NDocuments)} documents × {DisplayParts.N(NFeatures)} features, " +
               $"{sparsity.ToString("0.0", CultureInfo.InvariantCulture)}% sparse, {Scheme}";
    }

    /// <summary>The columns shown: the most frequent features (ties in feature order).</summary>
    private int[] ShownFeatures()
    {
        var counts = FeatureCounts;
        return Enumerable.Range(0, NFeatures).OrderByDescending(j => counts[j]).ThenBy(j => j).Take(DisplayFeatures).ToArray();
    }

    private static string Cell(double v) => CellText.Format(v);

    /// <summary>
    /// The matrix as HTML: its size, sparsity and weighting, and the block of the first documents × the most
    /// frequent features.
    /// </summary>
    public string ToHtml()
    {
        var sb = DisplayParts.Open("Document-feature matrix", Facts());
        var cols = ShownFeatures();
        var rows = Math.Min(NDocuments, DisplayDocuments);
        sb.Append("<table class=\"newslens-table\">\n<thead><tr><th style=\"text-align:left\">document</th>");
        foreach (var j in cols) sb.Append("<th style=\"text-align:right\">").Append(WebUtility.HtmlEncode(_features[j])).Append("</th>");
        sb.Append("</tr></thead>\n<tbody>\n");
        for (var i = 0; i < rows; i++)
        {
            sb.Append("<tr><td style=\"text-align:left\">").Append(WebUtility.HtmlEncode(_documents[i].Id)).Append("</td>");
            foreach (var j in cols) sb.Append("<td style=\"text-align:right\">").Append(Cell(this[i, j])).Append("</td>");
            sb.Append("</tr>\n");
        }
        sb.Append("</tbody>\n<tfoot><tr><td colspan=\"").Append(cols.Length + 1).Append("\" style=\"text-align:left;font-style:italic\">")
          .Append(WebUtility.HtmlEncode($"showing {rows} of {DisplayParts.N(NDocuments)} documents and the {cols.Length} most frequent of {DisplayParts.N(NFeatures)} features"))
          .Append("</td></tr></tfoot>\n</table>\n");
        return DisplayParts.Close(sb);
    }

    /// <summary>The matrix as text: its size, sparsity and weighting, and the block of the first documents × the most frequent features.</summary>
    public string ToText()
    {
        var cols = ShownFeatures();
        var rows = Math.Min(NDocuments, DisplayDocuments);
        List<string[]> table = [["document", .. cols.Select(j => _features[j])]];
        for (var i = 0; i < rows; i++) table.Add([_documents[i].Id, .. cols.Select(j => Cell(this[i, j]))]);
        var widths = Enumerable.Range(0, cols.Length + 1).Select(c => table.Max(r => r[c].Length)).ToArray();
        var sb = new StringBuilder("Document-feature matrix: ").Append(Facts()).Append('\n');
        foreach (var r in table)
            sb.Append(string.Join("  ", r.Select((v, c) => c == 0 ? v.PadRight(widths[c]) : v.PadLeft(widths[c]))).TrimEnd()).Append('\n');
        sb.Append($"showing {rows} of {DisplayParts.N(NDocuments)} documents and the {cols.Length} most frequent of {DisplayParts.N(NFeatures)} features");
        return sb.ToString();
    }
}
