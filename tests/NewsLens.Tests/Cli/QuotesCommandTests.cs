namespace NewsLens.Tests.Cli;

public class QuotesCommandTests
{
    [Fact]
    public void Quotes_lists_speakers_and_kinds()
    {
        var r = CliRunner.Run("quotes", CliRunner.SampleCorpus, "--format", "csv");
        Assert.Equal(0, r.ExitCode);
        var lines = r.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("DocumentId,Speaker,SpeakerRaw,Text,Cue,Kind,Start,End", lines[0].Trim());
        Assert.Contains(lines, l => l.Contains(",Mike Pence,Pence,\"Turkey must choose,\",said,direct,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(",reported,", StringComparison.Ordinal));
    }

    [Fact]
    public void Kind_filters_and_is_validated()
    {
        var r = CliRunner.Run("quotes", CliRunner.SampleCorpus, "--kind", "reported", "--format", "csv");
        Assert.Equal(0, r.ExitCode);
        var rows = r.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        Assert.NotEmpty(rows);
        Assert.DoesNotContain(rows, l => l.Contains(",direct,", StringComparison.Ordinal));

        var bad = CliRunner.Run("quotes", CliRunner.SampleCorpus, "--kind", "indirect");
        Assert.NotEqual(0, bad.ExitCode);
        Assert.Contains("reported", bad.Error);
    }
}
