using NewsLens.Charts;
using NewsLens.Notebooks;

namespace NewsLens.Corpora;

[TypeFormatterSource(typeof(NewsLensFormatterSource), PreferredMimeTypes = new[] { "text/html", "text/plain" })]
public sealed partial record LoadReport : IHtmlRenderable
{
    /// <summary>Rows listed per table when a report is displayed.</summary>
    public const int DisplayRows = 20;

    /// <summary>Lines removed by one cleaning rule.</summary>
    private sealed record RuleCount(string Rule, int Lines, int Documents);

    private IEnumerable<RuleCount> ByRule() => Cleaning
        .GroupBy(c => c.Rule, StringComparer.Ordinal)
        .Select(g => new RuleCount(g.Key, g.Count(), g.Select(c => c.DocumentId).Distinct(StringComparer.Ordinal).Count()))
        .OrderByDescending(r => r.Lines).ThenBy(r => r.Rule, StringComparer.Ordinal);

    /// <summary>
    /// The report as HTML: the counts, the files or records that were skipped or warned about (and why), the
    /// lines cleaned per rule and the first cleaned lines.
    /// </summary>
    public string ToHtml()
    {
        var sb = DisplayParts.Open("Load report", ToString());
        if (Problems.Count > 0) sb.Append(HtmlTable.From(Problems, DisplayRows, "Skipped files and warnings")).Append('\n');
        else sb.Paragraph("No file was skipped and there were no warnings.");
        if (Cleaning.Count > 0)
        {
            sb.Append(HtmlTable.From(ByRule(), DisplayRows, "Lines cleaned per rule")).Append('\n');
            sb.Append(HtmlTable.From(Cleaning, DisplayRows, "Cleaned lines")).Append('\n');
        }
        return DisplayParts.Close(sb);
    }

    /// <summary>The report as text: the counts, the problems, the lines cleaned per rule and the first cleaned lines.</summary>
    public string ToText() => DisplayParts.Text(
        "Load report: " + ToString(),
        Problems.Count > 0 ? TextTable.From(Problems, DisplayRows, "Skipped files and warnings") : "No file was skipped and there were no warnings.",
        Cleaning.Count > 0 ? TextTable.From(ByRule(), DisplayRows, "Lines cleaned per rule") : null,
        Cleaning.Count > 0 ? TextTable.From(Cleaning, DisplayRows, "Cleaned lines") : null);
}
