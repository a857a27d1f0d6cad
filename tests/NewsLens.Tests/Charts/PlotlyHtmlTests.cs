using NewsLens.Charts;

namespace NewsLens.Tests.Charts;

public class PlotlyHtmlTests
{
    private const string Injection = "</script><script>alert(1)</script>";

    [Fact]
    public void Fragment_has_the_div_and_a_loader_for_every_host()
    {
        var html = PlotlyHtml.ToHtmlFragment(Chart.Bar(["a"], [1]), "my-chart");
        Assert.StartsWith("<div id=\"my-chart\" class=\"newslens-chart\" style=\"width:100%;height:450px;\"></div>", html);
        Assert.Contains("P.newPlot(\"my-chart\", fig.data, fig.layout, {\"responsive\": true, \"displaylogo\": false})", html);
        Assert.Contains("if (window.Plotly) { draw(window.Plotly); return; }", html);
        Assert.Contains("define.amd", html);
        Assert.Contains("require([src]", html);
        Assert.Contains($"\"{PlotlyScript.CdnUrl}\"", html);
        Assert.Contains("document.createElement(\"script\")", html);
    }

    [Fact]
    public void Fragment_ids_are_unique_by_default_and_validated()
    {
        var f = Chart.Bar(["a"], [1]);
        Assert.NotEqual(PlotlyHtml.ToHtmlFragment(f)[..50], PlotlyHtml.ToHtmlFragment(f)[..50]);
        var ex = Assert.Throws<ArgumentException>(() => PlotlyHtml.ToHtmlFragment(f, "x\"><script>"));
        Assert.Contains("letters, digits", ex.Message);
    }

    [Fact]
    public void Injected_text_never_appears_unescaped()
    {
        var fig = Chart.HorizontalBar([Injection, "b"], [1, 2], Injection, Injection, Injection);
        var hm = Chart.Heatmap([Injection], [Injection], new double[,] { { 1 } }, Injection, new[,] { { Injection } });
        var raw = new Figure([new BarTrace { X = [Injection], Y = [1.0], HoverText = [Injection] }], new Layout { Title = new Title(Injection) });
        foreach (var html in new[]
                 {
                     PlotlyHtml.ToHtmlFragment(fig, "a"), PlotlyHtml.ToHtmlFragment(hm, "b"), PlotlyHtml.ToHtmlFragment(raw, "c"),
                     PlotlyHtml.ToHtmlPage(fig), PlotlyHtml.ToHtmlPage(raw),
                 })
        {
            Assert.DoesNotContain("<script>alert(1)", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("alert(1)</script>", html, StringComparison.OrdinalIgnoreCase);
        }
        Assert.Contains("<title>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>", PlotlyHtml.ToHtmlPage(raw));
    }

    [Fact]
    public void Page_loads_plotly_once_in_the_head_and_draws_the_chart()
    {
        var page = PlotlyHtml.ToHtmlPage(Chart.Bar(["a"], [1], "T") with { }, pageTitle: "Page");
        var head = page[..page.IndexOf("</head>", StringComparison.Ordinal)];
        Assert.StartsWith("<!DOCTYPE html>", page);
        Assert.Contains(PlotlyScript.CdnUrl, head);
        Assert.Equal(1, HtmlTableTests.CountOf(page, PlotlyScript.CdnUrl));
        Assert.Contains("<title>Page</title>", head);
        Assert.Contains("Plotly.newPlot(\"chart\", fig.data, fig.layout", page);
    }
}
