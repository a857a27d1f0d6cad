using System.Globalization;
using System.Net;
using System.Text;
using NewsLens.Charts;

namespace NewsLens.Reports;

/// <summary>
/// Builds a stand-alone HTML5 report page: a title, a table of contents, sections holding HTML fragments,
/// tables and charts, and a footer. plotly.js is included once in the head (CDN tag or inlined copy, see
/// <see cref="PlotlyScript"/>). Output is reproducible: ids are numbered, and the generation date is
/// whatever the caller passes to <see cref="Render"/>.
/// </summary>
/// <example><code>
/// var html = new HtmlReport("Coverage of the election")
///     .AddTable("Top terms", terms, maxRows: 25)
///     .AddChart("Top terms", Chart.HorizontalBar(terms, t => t.Term, t => t.Count))
///     .Render(PlotlyScript.Cdn, generated: new DateTime(2024, 5, 1));
/// </code></example>
public sealed class HtmlReport
{
    private readonly List<Section> _sections = [];

    /// <summary>A report titled <paramref name="title"/> (plain text; it is HTML-encoded).</summary>
    public HtmlReport(string title)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        Title = title;
    }

    /// <summary>The report title.</summary>
    public string Title { get; }

    /// <summary>The number of sections added so far.</summary>
    public int SectionCount => _sections.Count;

    /// <summary>Adds a section holding <paramref name="htmlFragment"/>, which is inserted as is (it must be trusted HTML: encode any data in it).</summary>
    /// <param name="heading">Section heading (plain text; it is HTML-encoded).</param>
    /// <param name="htmlFragment">The section's HTML.</param>
    /// <param name="intro">Optional paragraph before the content (plain text; it is HTML-encoded).</param>
    public HtmlReport AddSection(string heading, string htmlFragment, string? intro = null)
    {
        ArgumentNullException.ThrowIfNull(htmlFragment);
        _sections.Add(new Section(Heading(heading), intro, htmlFragment, null));
        return this;
    }

    /// <summary>Adds a section with an HTML table of the first <paramref name="maxRows"/> rows (see <see cref="HtmlTable"/>).</summary>
    public HtmlReport AddTable<T>(string heading, IEnumerable<T> rows, int maxRows = 20, string? intro = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        _sections.Add(new Section(Heading(heading), intro, HtmlTable.From(rows, maxRows), null));
        return this;
    }

    /// <summary>Adds a section with an interactive chart.</summary>
    public HtmlReport AddChart(string heading, Figure figure, string? intro = null)
    {
        ArgumentNullException.ThrowIfNull(figure);
        _sections.Add(new Section(Heading(heading), intro, null, figure));
        return this;
    }

    /// <summary>The complete page.</summary>
    /// <param name="script">Where plotly.js comes from: <see cref="PlotlyScript.Cdn"/> (small file, needs a network when read) or an offline copy (self-contained, about 5 MB).</param>
    /// <param name="generated">The generation date shown in the footer (none when null); pass it in for reproducible output.</param>
    public string Render(PlotlyScript script, DateTime? generated = null)
    {
        ArgumentNullException.ThrowIfNull(script);
        var sb = new StringBuilder();
        var title = Encode(Title);
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        sb.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        sb.Append("<meta name=\"generator\" content=\"NewsLens\">\n");
        sb.Append("<title>").Append(title).Append("</title>\n");
        sb.Append("<style>\n").Append(ReportStyle.Css).Append("</style>\n");
        if (_sections.Any(s => s.Figure is not null)) sb.Append(script.HeadElement()).Append('\n');
        sb.Append("</head>\n<body>\n<header>\n<h1>").Append(title).Append("</h1>\n</header>\n");
        if (_sections.Count > 0)
        {
            sb.Append("<nav class=\"toc\" aria-label=\"Contents\">\n<h2>Contents</h2>\n<ol>\n");
            for (var i = 0; i < _sections.Count; i++)
                sb.Append("<li><a href=\"#").Append(SectionId(i)).Append("\">").Append(Encode(_sections[i].Heading)).Append("</a></li>\n");
            sb.Append("</ol>\n</nav>\n");
        }
        sb.Append("<main>\n");
        var chart = 0;
        for (var i = 0; i < _sections.Count; i++)
        {
            var s = _sections[i];
            sb.Append("<section id=\"").Append(SectionId(i)).Append("\">\n<h2>").Append(Encode(s.Heading)).Append("</h2>\n");
            if (s.Intro is not null) sb.Append("<p class=\"intro\">").Append(Encode(s.Intro)).Append("</p>\n");
            if (s.Html is not null) sb.Append("<div class=\"content\">\n").Append(s.Html).Append("\n</div>\n");
            if (s.Figure is not null)
            {
                var id = "chart-" + (++chart).ToString(CultureInfo.InvariantCulture);
                sb.Append("<figure class=\"chart\">\n").Append(PlotlyHtml.ChartDiv(s.Figure, id)).Append('\n')
                  .Append(PlotlyHtml.NewPlotScript(s.Figure, id)).Append("\n</figure>\n");
            }
            sb.Append("</section>\n");
        }
        sb.Append("</main>\n<footer>\n<p>Generated by NewsLens");
        if (generated is { } g)
            sb.Append(" on <time datetime=\"").Append(g.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("\">")
              .Append(g.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("</time>");
        sb.Append(script.IsOffline ? $" · charts by plotly.js {PlotlyScript.Version} (MIT), included in this page" : $" · charts by plotly.js {PlotlyScript.Version} (MIT), loaded from cdn.plot.ly");
        sb.Append(".</p>\n</footer>\n</body>\n</html>\n");
        return sb.ToString();
    }

    /// <summary>Renders the page and writes it to <paramref name="path"/> (UTF-8).</summary>
    public void Save(string path, PlotlyScript script, DateTime? generated = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        File.WriteAllText(path, Render(script, generated), new UTF8Encoding(false));
    }

    private static string SectionId(int index) => "section-" + (index + 1).ToString(CultureInfo.InvariantCulture);

    private static string Heading(string heading)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(heading);
        return heading;
    }

    private static string Encode(string s) => WebUtility.HtmlEncode(s);

    private sealed record Section(string Heading, string? Intro, string? Html, Figure? Figure);
}
