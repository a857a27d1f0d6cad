using System.Globalization;
using System.Net;
using System.Text;

namespace NewsLens.Notebooks;

/// <summary>Small building blocks shared by the result types' <see cref="IHtmlRenderable"/> renderings.</summary>
internal static class DisplayParts
{
    /// <summary>Opens a result block with a bold heading and an optional line of facts (both HTML-encoded).</summary>
    public static StringBuilder Open(string heading, string? facts = null)
    {
        var sb = new StringBuilder("<div class=\"newslens-result\">\n<div><b>");
        sb.Append(WebUtility.HtmlEncode(heading)).Append("</b>");
        if (facts is not null) sb.Append(" — ").Append(WebUtility.HtmlEncode(facts));
        sb.Append("</div>\n");
        return sb;
    }

    /// <summary>Closes a block opened by <see cref="Open"/> and returns the HTML.</summary>
    public static string Close(StringBuilder sb) => sb.Append("</div>").ToString();

    /// <summary>A paragraph of encoded text.</summary>
    public static StringBuilder Paragraph(this StringBuilder sb, string text) =>
        sb.Append("<p>").Append(WebUtility.HtmlEncode(text)).Append("</p>\n");

    /// <summary>Joins text parts with blank lines between them.</summary>
    public static string Text(params string?[] parts) => string.Join("\n\n", parts.Where(p => !string.IsNullOrEmpty(p)));

    /// <summary>
    /// A date range "yyyy-MM-dd – yyyy-MM-dd" in the Gregorian calendar whatever the machine's culture (a Thai
    /// culture would otherwise write 2019 as 2562), or "no dates".
    /// </summary>
    public static string Dates(DateTime? first, DateTime? last) =>
        first is null ? "no dates" : string.Create(CultureInfo.InvariantCulture, $"{first:yyyy-MM-dd} – {last:yyyy-MM-dd}");

    /// <summary>An integer with thousands separators (invariant culture).</summary>
    public static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
