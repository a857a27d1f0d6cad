namespace NewsLens.Tests.Cli;

public class ReportCommandTests
{
    [Fact]
    public void Report_on_the_sample_corpus_has_every_section_its_data_allows()
    {
        var path = Path.Combine(Path.GetTempPath(), $"report-{Guid.NewGuid():N}.html");
        try
        {
            var r = CliRunner.Run("report", CliRunner.SampleCorpus, "--out", path);
            Assert.Equal(0, r.ExitCode);
            Assert.Contains("wrote", r.Output);
            var html = File.ReadAllText(path);
            foreach (var heading in new[] { "Corpus", "Cleaning report", "Top terms", "Keyness: outlet = The Duran", "Actors", "People by article", "Document sentiment" })
                Assert.Contains($">{heading}</h2>", html);
            Assert.Contains("Click Here: liverpool mens jersey", html); // the cleaning report lists every removed line
            Assert.Contains("cdn.plot.ly", html);
            Assert.DoesNotContain("Topics", html); // five articles are too few for topics
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Report_with_a_target_has_a_stance_section_and_without_one_does_not()
    {
        var path = Path.Combine(Path.GetTempPath(), $"report-{Guid.NewGuid():N}.html");
        try
        {
            var r = CliRunner.Run("report", CliRunner.SampleCorpus, "--out", path, "--target", "S-400 purchase", "--terms", "S-400,S-400s");
            Assert.Equal(0, r.ExitCode);
            var html = File.ReadAllText(path);
            Assert.Contains(">Stance: S-400 purchase</h2>", html);
            Assert.Contains(">Stance of each article: S-400 purchase</h2>", html);
            Assert.Contains("\"type\":\"heatmap\"", html);

            Assert.Equal(0, CliRunner.Run("report", CliRunner.SampleCorpus, "--out", path).ExitCode);
            Assert.DoesNotContain("Stance of each article", File.ReadAllText(path));
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Report_escapes_text_that_comes_from_the_articles()
    {
        var dir = Directory.CreateTempSubdirectory("newslens-report-").FullName;
        var path = Path.Combine(dir, "out.html");
        try
        {
            File.WriteAllText(Path.Combine(dir, "a.txt"), "</script><script>alert(1)</script>\n\nTurkey bought the S-400 from Russia. Washington objected.\n");
            File.WriteAllText(Path.Combine(dir, "b.txt"), "Second <b>article</b>\n\nNATO warned Turkey about the S-400 deal.\n");
            var r = CliRunner.Run("report", dir, "--out", path);
            Assert.Equal(0, r.ExitCode);
            var html = File.ReadAllText(path);
            Assert.DoesNotContain("<script>alert(1)", html);
            Assert.DoesNotContain("<b>article</b>", html);
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    [Fact]
    public void Offline_report_inlines_plotly_or_says_which_script_installs_it()
    {
        var path = Path.Combine(Path.GetTempPath(), $"offline-{Guid.NewGuid():N}.html");
        try
        {
            var r = CliRunner.Run("report", CliRunner.SampleCorpus, "--out", path, "--offline");
            if (NewsLens.Charts.PlotlyScript.FindRepositoryCopy(SharedData.RepoRoot) is null)
            {
                Assert.Equal(1, r.ExitCode);
                Assert.Contains("install-plotly.sh", r.Error);
                return;
            }
            Assert.Equal(0, r.ExitCode);
            var html = File.ReadAllText(path);
            Assert.DoesNotContain("src=\"https://cdn.plot.ly", html);
            Assert.True(html.Length > 1_000_000, "the plotly.js bundle is inlined");
        }
        finally { File.Delete(path); }
    }
}
