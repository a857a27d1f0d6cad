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

    [Fact]
    public void A_users_actor_file_names_the_speakers()
    {
        // The user's file gives Ismail Demir (article 000, "He told CNN: ...") a canonical name of its own:
        // the quote rows must carry that name, which no bundled dictionary has.
        var path = Path.Combine(Path.GetTempPath(), $"actors-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, "- name: SSB head Ismail Demir\n  kind: person\n  aliases: [Ismail Demir, Demir]\n  affiliation: Turkey\n");
        try
        {
            var r = CliRunner.Run("quotes", CliRunner.SampleCorpus, "--actors", path, "--format", "csv");
            Assert.Equal(0, r.ExitCode);
            Assert.Contains(",SSB head Ismail Demir,", r.Output);
            var bad = CliRunner.Run("quotes", CliRunner.SampleCorpus, "--actors", path + ".missing");
            Assert.Equal(1, bad.ExitCode);
            Assert.Contains(".missing", bad.Error);
        }
        finally { File.Delete(path); }
    }
}
