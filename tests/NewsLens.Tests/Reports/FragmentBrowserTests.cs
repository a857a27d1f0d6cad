using Microsoft.Playwright;
using NewsLens.Charts;

namespace NewsLens.Tests.Reports;

/// <summary>
/// The notebook fragment's plotly.js loader, run in headless chromium: the CDN script-tag path (the CDN
/// request is answered from the local copy), the AMD/requirejs path of classic Jupyter, and inlined
/// offline fragments; each with two charts on one page, as in a notebook with two outputs.
/// Skips (or fails under CI) like <see cref="BrowserTests"/>.
/// </summary>
public class FragmentBrowserTests
{
    private static readonly Figure First = Chart.Bar(["a", "b"], [1, 2], "first");
    private static readonly Figure Second = Chart.HorizontalBar(["c", "d", "e"], [3, 2, 1], "second");

    private static async Task<(bool Drawn, List<string> Errors)> Render(string body, PlotlyScript offline, bool serveCdn)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserTests.Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var page = await browser.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") errors.Add(m.Text); };
        page.PageError += (_, e) => errors.Add(e);
        var cdnRequests = 0;
        await page.RouteAsync("**/*", async route =>
        {
            if (serveCdn && route.Request.Url == PlotlyScript.CdnUrl)
            {
                cdnRequests++;
                await route.FulfillAsync(new RouteFulfillOptions { Path = offline.OfflinePath, ContentType = "application/javascript" });
            }
            else if (route.Request.Url.StartsWith("http", StringComparison.Ordinal)) await route.AbortAsync();
            else await route.ContinueAsync();
        });
        await page.SetContentAsync("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>" + body + "</body></html>");
        bool drawn;
        try
        {
            await page.WaitForFunctionAsync("() => ['one','two'].every(id => document.getElementById(id).querySelector('.main-svg'))",
                null, new PageWaitForFunctionOptions { Timeout = 60_000 });
            drawn = true;
        }
        catch (TimeoutException) { drawn = false; }
        if (serveCdn) Assert.Equal(1, cdnRequests); // the second fragment reuses the first one's script tag
        return (drawn, errors);
    }

    [Fact]
    public async Task Cdn_fragments_load_plotly_once_with_a_script_tag()
    {
        if (BrowserTests.Prerequisites() is not { } offline) return;
        var body = PlotlyHtml.ToHtmlFragment(First, "one") + PlotlyHtml.ToHtmlFragment(Second, "two");
        var (drawn, errors) = await Render(body, offline, serveCdn: true);
        Assert.Empty(errors);
        Assert.True(drawn, "charts did not draw");
    }

    [Fact]
    public async Task Cdn_fragments_load_plotly_through_an_amd_loader()
    {
        if (BrowserTests.Prerequisites() is not { } offline) return;
        // A minimal stand-in for requirejs as classic Jupyter has it: define.amd set, require(urls, callback)
        // loading each URL with a script tag. It records the URL it was asked for.
        const string amd = """
            <script>
            window.requested = [];
            window.define = function () {}; window.define.amd = {};
            window.require = function (urls, callback) {
              window.requested.push(urls[0]);
              var s = document.createElement('script'); s.src = urls[0];
              s.onload = function () { callback(undefined); };
              document.head.appendChild(s);
            };
            </script>
            """;
        var body = amd + PlotlyHtml.ToHtmlFragment(First, "one") + PlotlyHtml.ToHtmlFragment(Second, "two");
        var (drawn, errors) = await RenderCountingAmd(body, offline);
        Assert.Empty(errors);
        Assert.True(drawn, "charts did not draw through the AMD path");
    }

    // Same as Render, but the AMD stand-in asks for the CDN URL once per fragment (requirejs would cache it).
    private static async Task<(bool, List<string>)> RenderCountingAmd(string body, PlotlyScript offline)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserTests.Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu"],
        });
        var page = await browser.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") errors.Add(m.Text); };
        page.PageError += (_, e) => errors.Add(e);
        await page.RouteAsync(PlotlyScript.CdnUrl, route =>
            route.FulfillAsync(new RouteFulfillOptions { Path = offline.OfflinePath, ContentType = "application/javascript" }));
        await page.SetContentAsync("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>" + body + "</body></html>");
        await page.WaitForFunctionAsync("() => ['one','two'].every(id => document.getElementById(id).querySelector('.main-svg'))",
            null, new PageWaitForFunctionOptions { Timeout = 60_000 });
        var requested = await page.EvaluateAsync<string[]>("() => window.requested");
        Assert.NotEmpty(requested);
        Assert.All(requested, u => Assert.Equal(PlotlyScript.CdnUrl, u));
        return (true, errors);
    }

    [Fact]
    public async Task Offline_fragments_inline_plotly_and_draw_without_network()
    {
        if (BrowserTests.Prerequisites() is not { } offline) return;
        var body = PlotlyHtml.ToHtmlFragment(First, "one", offline) + PlotlyHtml.ToHtmlFragment(Second, "two", offline);
        var (drawn, errors) = await Render(body, offline, serveCdn: false);
        Assert.Empty(errors);
        Assert.True(drawn, "offline charts did not draw");
    }
}
