namespace NewsLens.Tests.Cli;

public class ActorsAndEvalCommandTests
{
    [Fact]
    public void Actors_merges_aliases_and_gives_affiliations()
    {
        var r = CliRunner.Run("actors", CliRunner.SampleCorpus, "--kind", "Person", "--format", "csv");
        Assert.Equal(0, r.ExitCode);
        var erdogan = r.Output.Split('\n').Single(l => l.StartsWith("Recep Tayyip Erdogan,", StringComparison.Ordinal));
        Assert.Contains(",Person,Turkey,", erdogan);
        Assert.Contains("Mr Erdogan", erdogan);
        Assert.Contains("the Turkish president", erdogan);
        Assert.Contains(r.Output.Split('\n'), l => l.StartsWith("Mike Pence,Person,United States,", StringComparison.Ordinal));
    }

    [Fact]
    public void Actors_reports_a_bad_actor_file_with_its_line()
    {
        var path = Path.Combine(Path.GetTempPath(), $"actors-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, "- name: Someone\n  kind: planet\n");
        try
        {
            var r = CliRunner.Run("actors", CliRunner.SampleCorpus, "--actors", path);
            Assert.Equal(1, r.ExitCode);
            Assert.Contains(Path.GetFileName(path), r.Error);
            Assert.Contains("planet", r.Error);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Eval_sentence_sentiment_ends_with_the_summary_line()
    {
        var path = Path.Combine(Path.GetTempPath(), $"gt-{Guid.NewGuid():N}.txt");
        // Three sentences whose gold classes (mean/4 cut at ±0.05) are positive, negative, neutral.
        File.WriteAllText(path, "1\t3.1\tWhat a wonderful, great day!\n2\t-2.9\tThis is a horrible, awful mess.\n3\t0.0\tThe meeting is on Tuesday.\n");
        try
        {
            var r = CliRunner.Run("eval", "sentence-sentiment", "--data", path);
            Assert.Equal(0, r.ExitCode);
            var last = r.Output.Trim().Split('\n')[^1].Trim();
            Assert.Matches(@"^pearson=0\.9\d\d f1=1\.000 n=3$|^pearson=1\.000 f1=1\.000 n=3$", last);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Eval_reports_a_malformed_line_with_file_and_line()
    {
        var path = Path.Combine(Path.GetTempPath(), $"gt-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, "1\t3.1\tGood.\n2\tnot-a-number\tBad.\n");
        try
        {
            var r = CliRunner.Run("eval", "sentence-sentiment", "--data", path);
            Assert.Equal(1, r.ExitCode);
            Assert.Contains($"{Path.GetFileName(path)}:2", r.Error);
        }
        finally { File.Delete(path); }
    }
}
