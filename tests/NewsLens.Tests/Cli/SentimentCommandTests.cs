using System.Text.Json;

namespace NewsLens.Tests.Cli;

public class SentimentCommandTests
{
    [Fact]
    public void By_actor_lists_actors_with_signed_means()
    {
        var r = CliRunner.Run("sentiment", CliRunner.SampleCorpus, "--format", "json");
        Assert.Equal(0, r.ExitCode);
        using var json = JsonDocument.Parse(r.Output);
        var rows = json.RootElement.EnumerateArray().ToList();
        var turkey = rows.Single(e => e.GetProperty("actor").GetString() == "Turkey");
        Assert.Equal(5, turkey.GetProperty("documents").GetInt32());
        var n = turkey.GetProperty("mentions").GetInt32();
        Assert.Equal(n, turkey.GetProperty("negative").GetInt32() + turkey.GetProperty("neutral").GetInt32() + turkey.GetProperty("positive").GetInt32());
        Assert.All(rows, e => Assert.InRange(e.GetProperty("meanScore").GetDouble(), -1, 1));
    }

    [Fact]
    public void By_document_month_and_min_mentions()
    {
        var doc = CliRunner.Run("sentiment", CliRunner.SampleCorpus, "--by", "document", "--format", "csv");
        Assert.Equal(0, doc.ExitCode);
        Assert.StartsWith("DocumentId,Actor,Mentions,MeanScore,Negative,Neutral,Positive,MostNegative,MostPositive", doc.Output);

        var month = CliRunner.Run("sentiment", CliRunner.SampleCorpus, "--by", "month", "--min-mentions", "3", "--format", "csv");
        Assert.Equal(0, month.ExitCode);
        var lines = month.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.Matches(@"^\d{4}-\d{2},", l));
        Assert.All(lines, l => Assert.True(int.Parse(l.Split(',')[2]) >= 3, l));
    }

    [Fact]
    public void Bad_options_are_named()
    {
        var field = CliRunner.Run("sentiment", CliRunner.SampleCorpus, "--by", "colour");
        Assert.Equal(1, field.ExitCode);
        Assert.Contains("colour", field.Error);
        Assert.Contains("outlet", field.Error);

        var min = CliRunner.Run("sentiment", CliRunner.SampleCorpus, "--min-mentions", "0");
        Assert.NotEqual(0, min.ExitCode);
        Assert.Contains("--min-mentions", min.Error);
    }
}
