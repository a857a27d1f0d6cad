using System.Diagnostics;
using AngleSharp.Html.Parser;
using Microsoft.Playwright;
using NewsLens.Charts;
using NewsLens.Reports;

namespace NewsLens.Tests.Reports;

/// <summary>
/// Opens an offline report in Debian's headless chromium and checks that every chart drew and that text
/// crafted to break out of a script element ran nothing. Needs /usr/bin/chromium and .tools/plotly
/// (scripts/setup-test-deps.sh installs both); without them the tests pass with a message, except under
/// CI (CI=true), where they fail. Set NEWSLENS_BROWSER_ARTIFACTS to a folder to keep the page and the
/// screenshot.
/// </summary>
public sealed class BrowserTests : IDisposable
{
    internal const string Chromium = "/usr/bin/chromium";
    private const string Injection = "</script><script>alert(1)</script>";
    private const string AlertShim =
        "<script>window.alert = function () { document.documentElement.setAttribute('data-alerted', '1'); };</script>";

    private readonly string _temp = Directory.CreateTempSubdirectory("newslens-browser-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private sealed record Row(string Title, double Score);

    /// <summary>The offline plotly.js, or null (with the test failing under CI) when a prerequisite is missing.</summary>
    internal static PlotlyScript? Prerequisites()
    {
        var missing = new List<string>();
        if (!File.Exists(Chromium)) missing.Add($"{Chromium} (apt-get install chromium)");
        var plotly = PlotlyScript.FindRepositoryCopy(SharedData.RepoRoot);
        if (plotly is null) missing.Add(".tools/plotly (scripts/install-plotly.sh)");
        if (missing.Count == 0) return PlotlyScript.OfflineFromRepository(SharedData.RepoRoot);
        var message = "Browser test needs " + string.Join(" and ", missing) + "; run scripts/setup-test-deps.sh.";
        var ci = Environment.GetEnvironmentVariable("CI");
        if (string.Equals(ci, "true", StringComparison.OrdinalIgnoreCase) || ci == "1")
            Assert.Fail("CI: " + message);
        Console.WriteLine("skipped: " + message);
        return null;
    }

    /// <summary>A report with a bar chart, a heatmap and a stacked area whose labels carry the injection, plus an alert shim first in the head.</summary>
    private string WriteTestPage(PlotlyScript plotly)
    {
        var bar = Chart.Bar([Injection, "economy", "health"], [3, 5, 2], Injection, Injection, "count");
        var heat = Chart.Heatmap(["Express", Injection], [Injection, "Trump"], new double[,] { { 0.5, -0.3 }, { double.NaN, 0.9 } },
            "Sentiment " + Injection, new string?[,] { { Injection, "b" }, { null, "d" } }, colorbarTitle: "mean");
        var area = Chart.StackedArea(
            [Series.Of(Injection, ["2019", "2020", "2021"], [1.0, 2, 3]), Series.Of("health", ["2019", "2020", "2021"], [3.0, 2, 1])],
            "Topic shares", percent: true);
        var page = new HtmlReport("Report " + Injection)
            .AddTable(Injection, new[] { new Row(Injection, 1.5) })
            .AddChart("Bar " + Injection, bar)
            .AddChart("Heatmap", heat)
            .AddChart("Stacked area", area)
            .Render(plotly, new DateTime(2024, 5, 1));
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n", page);
        page = page.Replace("<head>\n", "<head>\n" + AlertShim + "\n");
        var dir = Environment.GetEnvironmentVariable("NEWSLENS_BROWSER_ARTIFACTS") is { Length: > 0 } keep
            ? Directory.CreateDirectory(keep).FullName
            : _temp;
        var path = Path.Combine(dir, "browser-test-report.html");
        File.WriteAllText(path, page);
        return path;
    }

    [Fact]
    public void Offline_report_draws_every_chart_and_runs_no_injected_script()
    {
        if (Prerequisites() is not { } plotly) return;
        var path = WriteTestPage(plotly);
        var dom = DumpDom(path);
        var doc = new HtmlParser().ParseDocument(dom);

        Assert.Null(doc.DocumentElement.GetAttribute("data-alerted"));
        Assert.DoesNotContain(doc.Scripts, s => s.TextContent.Trim() == "alert(1)");
        // Outside the shim, "alert(" occurs only in escaped form (inside JSON strings).
        Assert.Single(doc.Scripts, s => s.TextContent.Contains("window.alert = function", StringComparison.Ordinal));

        foreach (var id in new[] { "chart-1", "chart-2", "chart-3" })
        {
            var div = doc.GetElementById(id);
            Assert.NotNull(div);
            Assert.True(div.QuerySelectorAll(".main-svg").Length >= 1, $"{id} has no main-svg: the chart did not draw");
        }
        Assert.Equal(3, doc.QuerySelectorAll("#chart-1 g.barlayer g.point path").Length);
        Assert.True(doc.QuerySelectorAll("#chart-2 g.heatmaplayer image").Length >= 1, "heatmap image missing");
        Assert.Equal(2, doc.QuerySelectorAll("#chart-3 g.scatterlayer g.trace").Length);
        Assert.True(doc.QuerySelectorAll("#chart-3 g.scatterlayer path.js-fill").Length >= 2, "stacked area fills missing");

        // Plotly turned the entity-escaped labels back into the literal text.
        Assert.Equal(Injection, doc.QuerySelector("#chart-1 .gtitle")?.TextContent);
        Assert.Contains(doc.QuerySelectorAll("#chart-1 .xtick text"), t => t.TextContent == Injection);
        Assert.Contains(doc.QuerySelectorAll("#chart-3 .legendtext"), t => t.TextContent == Injection);
        Assert.Equal("Report " + Injection, doc.Title);
    }

    [Fact]
    public async Task Playwright_sees_no_console_errors_and_takes_a_screenshot()
    {
        if (Prerequisites() is not { } plotly) return;
        var path = WriteTestPage(plotly);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1200, Height = 1600 } });
        var errors = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") errors.Add(m.Text); };
        page.PageError += (_, e) => errors.Add(e);
        await page.GotoAsync(new Uri(path).AbsoluteUri);
        await page.WaitForFunctionAsync(
            "() => ['chart-1','chart-2','chart-3'].every(id => document.getElementById(id).querySelector('.main-svg'))",
            null, new PageWaitForFunctionOptions { Timeout = 60_000 });
        Assert.Empty(errors);
        Assert.Null(await page.EvaluateAsync<string?>("() => document.documentElement.getAttribute('data-alerted')"));
        Assert.Equal(3, await page.EvaluateAsync<int>("() => document.querySelectorAll('#chart-1 g.barlayer g.point path').length"));

        var png = Path.Combine(Path.GetDirectoryName(path)!, "browser-test-report.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = png, FullPage = true });
        var bytes = File.ReadAllBytes(png);
        Assert.True(bytes.Length > 10_000, $"screenshot is only {bytes.Length} bytes");
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
    }

    private string DumpDom(string htmlPath)
    {
        var profile = Directory.CreateDirectory(Path.Combine(_temp, "profile-" + Guid.NewGuid().ToString("N"))).FullName;
        var psi = new ProcessStartInfo(Chromium)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
                 {
                     "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", "--no-first-run", "--user-data-dir=" + profile,
                     "--virtual-time-budget=8000", "--dump-dom", new Uri(htmlPath).AbsoluteUri,
                 })
            psi.ArgumentList.Add(arg);
        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("chromium --dump-dom did not finish within 3 minutes");
        }
        var dom = stdout.Result;
        Assert.True(dom.Contains("</html>", StringComparison.OrdinalIgnoreCase),
            $"chromium exited with {process.ExitCode} and no DOM; stderr:\n{stderr.Result}");
        return dom;
    }
}
