using NewsLens.Charts;
using NewsLens.Reports;
using NewsLens.Tests.Charts;

namespace NewsLens.Tests.Reports;

public sealed class HtmlReportTests : IDisposable
{
    private const string Injection = "</script><script>alert(1)</script>";
    private sealed record Row(string Term, double Score);
    private readonly string _temp = Directory.CreateTempSubdirectory("newslens-report-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private static HtmlReport Sample() => new HtmlReport("Election <coverage>")
        .AddSection("About & method", "<p>Hand-written <em>HTML</em>.</p>", intro: "Read <this>")
        .AddTable("Top terms", new[] { new Row(Injection, 1.5), new Row("b", 2) }, maxRows: 1)
        .AddChart("Keyness", Chart.TwoSidedBar([Injection, "b"], [1, -2], Injection))
        .AddChart("Second", Chart.Bar(["a"], [1]));

    [Fact]
    public void Page_has_title_contents_sections_and_footer()
    {
        var page = Sample().Render(PlotlyScript.Cdn, new DateTime(2024, 5, 1));
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\">", page);
        Assert.Contains("<title>Election &lt;coverage&gt;</title>", page);
        Assert.Contains("<h1>Election &lt;coverage&gt;</h1>", page);
        Assert.Contains("<li><a href=\"#section-1\">About &amp; method</a></li>", page);
        Assert.Contains("<li><a href=\"#section-4\">Second</a></li>", page);
        Assert.Contains("<section id=\"section-3\">\n<h2>Keyness</h2>", page);
        Assert.Contains("<p class=\"intro\">Read &lt;this&gt;</p>", page);
        Assert.Contains("<p>Hand-written <em>HTML</em>.</p>", page);
        Assert.Contains("showing 1 of 2 rows", page);
        Assert.Contains("<div id=\"chart-1\"", page);
        Assert.Contains("Plotly.newPlot(\"chart-2\"", page);
        Assert.Contains("<time datetime=\"2024-05-01\">2024-05-01</time>", page);
        Assert.EndsWith("</html>\n", page);
    }

    [Fact]
    public void Plotly_is_loaded_once_in_the_head()
    {
        var page = Sample().Render(PlotlyScript.Cdn);
        var headEnd = page.IndexOf("</head>", StringComparison.Ordinal);
        Assert.Equal(1, HtmlTableTests.CountOf(page, PlotlyScript.CdnUrl));
        Assert.True(page.IndexOf(PlotlyScript.CdnUrl, StringComparison.Ordinal) < headEnd);
        // A report without charts needs no plotly.js.
        Assert.DoesNotContain("plotly-", new HtmlReport("t").AddSection("s", "<p>x</p>").Render(PlotlyScript.Cdn)[..200]);
    }

    [Fact]
    public void Offline_render_inlines_the_bundle_once()
    {
        var bundle = Path.Combine(_temp, "plotly.min.js");
        File.WriteAllText(bundle, "/* FAKE-PLOTLY-BUNDLE */ window.Plotly = { newPlot: function () {} };");
        var page = Sample().Render(PlotlyScript.Offline(bundle));
        Assert.Equal(1, HtmlTableTests.CountOf(page, "FAKE-PLOTLY-BUNDLE"));
        Assert.DoesNotContain("cdn.plot.ly/plotly-", page);
        Assert.True(page.IndexOf("FAKE-PLOTLY-BUNDLE", StringComparison.Ordinal) < page.IndexOf("</head>", StringComparison.Ordinal));
    }

    [Fact]
    public void Output_is_reproducible_and_escapes_injected_text()
    {
        var a = Sample().Render(PlotlyScript.Cdn, new DateTime(2024, 5, 1));
        var b = Sample().Render(PlotlyScript.Cdn, new DateTime(2024, 5, 1));
        Assert.Equal(a, b);
        Assert.DoesNotContain("<script>alert(1)", a, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("alert(1)</script>", a, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<td style=\"text-align:left\">&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;</td>", a);
        Assert.Throws<ArgumentException>(() => new HtmlReport(" "));
    }

    [Fact]
    public void Save_writes_the_rendered_page()
    {
        var path = Path.Combine(_temp, "r.html");
        Sample().Save(path, PlotlyScript.Cdn, new DateTime(2024, 5, 1));
        Assert.Equal(Sample().Render(PlotlyScript.Cdn, new DateTime(2024, 5, 1)), File.ReadAllText(path));
    }
}
