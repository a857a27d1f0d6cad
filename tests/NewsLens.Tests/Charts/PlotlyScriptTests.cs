using System.Text.RegularExpressions;
using NewsLens.Charts;

namespace NewsLens.Tests.Charts;

public sealed class PlotlyScriptTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("newslens-plotly-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void Install_script_pins_the_same_version_as_the_library()
    {
        var script = File.ReadAllText(SharedData.Repo("scripts", "install-plotly.sh"));
        var m = Regex.Match(script, @"^PLOTLY_VERSION=(\S+)$", RegexOptions.Multiline);
        Assert.True(m.Success, "PLOTLY_VERSION not found in scripts/install-plotly.sh");
        Assert.Equal(PlotlyScript.Version, m.Groups[1].Value);
        Assert.Equal(PlotlyScript.CdnUrl, $"https://cdn.plot.ly/plotly-{m.Groups[1].Value}.min.js");
    }

    [Fact]
    public void Missing_offline_copy_names_the_script_to_run()
    {
        var ex = Assert.Throws<FileNotFoundException>(() => PlotlyScript.OfflineFromRepository(_temp));
        Assert.Contains("scripts/install-plotly.sh", ex.Message);
        var ex2 = Assert.Throws<FileNotFoundException>(() => PlotlyScript.Offline(Path.Combine(_temp, "nope.js")));
        Assert.Contains("scripts/install-plotly.sh", ex2.Message);
    }

    [Fact]
    public void Offline_copy_is_found_walking_up_and_its_version_checked()
    {
        var bundle = Path.Combine(_temp, PlotlyScript.RepositoryRelativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(bundle)!);
        var deep = Directory.CreateDirectory(Path.Combine(_temp, "a", "b")).FullName;

        File.WriteAllText(bundle, $"/**\n* plotly.js v{PlotlyScript.Version}\n*/\nwindow.Plotly = {{}};");
        var script = PlotlyScript.OfflineFromRepository(deep);
        Assert.Equal(bundle, script.OfflinePath);
        Assert.StartsWith("<script>/**", script.HeadElement());

        File.WriteAllText(bundle, "/**\n* plotly.js v2.0.0\n*/\n");
        var ex = Assert.Throws<FileNotFoundException>(() => PlotlyScript.OfflineFromRepository(deep));
        Assert.Contains("version 2.0.0", ex.Message);
        Assert.Contains("scripts/install-plotly.sh", ex.Message);
    }

    [Fact]
    public void Inlined_bundle_cannot_close_its_script_element()
    {
        var path = Path.Combine(_temp, "fake.js");
        File.WriteAllText(path, "var a = \"</script><script>alert(1)</SCRIPT>\"; var b = '<!--';");
        var head = PlotlyScript.Offline(path).HeadElement();
        Assert.Equal("<script>var a = \"<\\/script><script>alert(1)<\\/SCRIPT>\"; var b = '<\\!--';</script>", head);
    }

    [Fact]
    public void Cdn_head_element_loads_the_pinned_url() =>
        Assert.Equal($"<script src=\"https://cdn.plot.ly/plotly-{PlotlyScript.Version}.min.js\" charset=\"utf-8\"></script>", PlotlyScript.Cdn.HeadElement());

    [Fact]
    public void The_installed_copy_if_present_is_the_pinned_version()
    {
        var found = PlotlyScript.FindRepositoryCopy(SharedData.RepoRoot);
        if (found is null)
        {
            if (Environment.GetEnvironmentVariable("CI") is { Length: > 0 })
                Assert.Fail("CI: .tools/plotly is missing; scripts/setup-test-deps.sh should have installed it.");
            Console.WriteLine("skipped: no .tools/plotly (run scripts/install-plotly.sh)");
            return;
        }
        Assert.Equal(PlotlyScript.Version, PlotlyScript.ReadBundleVersion(found));
        Assert.DoesNotContain("</script", File.ReadAllText(found), StringComparison.OrdinalIgnoreCase);
    }
}
