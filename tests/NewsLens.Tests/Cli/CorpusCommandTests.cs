using System.Text.Json;

namespace NewsLens.Tests.Cli;

public class CorpusCommandTests
{
    [Fact]
    public void Csv_lists_one_row_per_document_with_metadata_from_the_sidecar()
    {
        var r = CliRunner.Run("corpus", CliRunner.SampleCorpus, "--format", "csv");
        Assert.Equal(0, r.ExitCode);
        var lines = r.Output.Trim().Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        Assert.Equal("Id,Title,Date,Outlet,Characters,RemovedLines", lines[0]);
        Assert.Equal(6, lines.Length);
        Assert.StartsWith("003_dfa5f23d99226258,Turkey Turns To Russia’s Most Advanced Air Defense System Instead Of Buying From\u00a0NATO,2017-04-25,The Daily Caller (republished by a blog),", lines[4]);
        // quoted because the title holds a comma (RFC 4180)
        Assert.StartsWith("001_e5a66e069e38f3c4,\"Turkey ‘to sign new missile defence system contract’ with Russia, in fresh blow to US ties\",2019-11-27,", lines[2]);
    }

    [Fact]
    public void Json_holds_every_section_and_every_removed_line()
    {
        var r = CliRunner.Run("corpus", CliRunner.SampleCorpus, "--format", "json");
        Assert.Equal(0, r.ExitCode);
        using var json = JsonDocument.Parse(r.Output);
        var root = json.RootElement;
        Assert.Equal(5, root.GetProperty("summary").GetProperty("documents").GetInt32());
        Assert.Equal(5, root.GetProperty("documents").GetArrayLength());
        var cleaning = root.GetProperty("cleaning").EnumerateArray().ToList();
        Assert.Contains(cleaning, c => c.GetProperty("removedText").GetString() == "Click Here: liverpool mens jersey"
                                       && c.GetProperty("rule").GetString() == "click-here");
        Assert.Equal(root.GetProperty("summary").GetProperty("removedLines").GetInt32(), cleaning.Count);
    }

    [Fact]
    public void Table_shows_the_summary_and_the_cleaning_report()
    {
        var r = CliRunner.Run("corpus", CliRunner.SampleCorpus);
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("Cleaning report", r.Output);
        Assert.Contains("READ MORE:\u00a0ISIS terror suspect", r.Output); // the source has a no-break space
        Assert.Contains("2017-04-25", r.Output);
    }

    [Fact]
    public void A_missing_path_is_an_error_naming_it()
    {
        var r = CliRunner.Run("corpus", "no-such-folder-xyz");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("no-such-folder-xyz", r.Error);
        Assert.Contains("not found", r.Error);
    }

    [Fact]
    public void A_bad_document_is_skipped_and_reported_unless_strict()
    {
        var dir = Directory.CreateTempSubdirectory("newslens-cli-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "good.txt"), "A title\n\nSome text about Turkey.");
            File.WriteAllBytes(Path.Combine(dir, "bad.txt"), [0x41, 0x0A, 0xC3, 0x28, 0x0A]);
            var lenient = CliRunner.Run("corpus", dir, "--format", "json", "--section", "load");
            Assert.Equal(0, lenient.ExitCode);
            Assert.Contains("bad.txt", lenient.Output);
            Assert.Contains("invalid UTF-8", lenient.Output);

            var strict = CliRunner.Run("corpus", dir, "--strict");
            Assert.Equal(1, strict.ExitCode);
            Assert.Contains("bad.txt", strict.Error);
            Assert.Contains("invalid UTF-8", strict.Error);
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    [Fact]
    public void An_unknown_format_lists_the_valid_choices()
    {
        var r = CliRunner.Run("corpus", CliRunner.SampleCorpus, "--format", "xml");
        Assert.NotEqual(0, r.ExitCode);
        Assert.Contains("'csv'", r.Error);
        Assert.Contains("'json'", r.Error);
    }
}
