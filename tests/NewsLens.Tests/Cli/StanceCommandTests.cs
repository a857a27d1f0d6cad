namespace NewsLens.Tests.Cli;

public class StanceCommandTests
{
    private const string Terms = "S-400,S-400s,missile defence system,missile defense system,air defense system,the Russian deal";

    private static Dictionary<(string Doc, string Actor), string> ActorStances()
    {
        var r = CliRunner.Run("stance", CliRunner.SampleCorpus, "--target", "Turkey's S-400 purchase", "--terms", Terms, "--format", "csv");
        Assert.Equal(0, r.ExitCode);
        var lines = r.Output.Trim().Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        Assert.StartsWith("Document,Actor,Stance,Confidence,", lines[0]);
        return lines.Skip(1).Select(l => l.Split(',')).ToDictionary(f => (f[0], f[1]), f => f[2]);
    }

    [Fact]
    public void Officials_who_defend_the_purchase_are_in_favour_and_its_critics_against()
    {
        var stances = ActorStances();
        // Our own labels, from reading the articles:
        // 004: Pence warns Turkey it "could risk its membership in NATO" over the purchase.
        Assert.Equal("against", stances[("004_c00ba329ed1b645e", "Mike Pence")]);
        // 004: Cavusoglu: buying the S-400 "is a done deal. We will not step back from this."
        Assert.Equal("favor", stances[("004_c00ba329ed1b645e", "Mevlut Cavusoglu")]);
        // 002: Erdogan "reaffirmed Turkey's commitment to purchasing the Russian-made S-400".
        Assert.Equal("favor", stances[("002_7a2e542821ed9fae", "Recep Tayyip Erdogan")]);
        // 001: Mikheev hopes "to seal a deal to supply Turkey with more S-400 missile systems".
        Assert.Equal("favor", stances[("001_e5a66e069e38f3c4", "Alexander Mikheev")]);
        // 001: Pompeo called the tests "concerning".
        Assert.Equal("against", stances[("001_e5a66e069e38f3c4", "Mike Pompeo")]);
        // 000: Townsend: Turkey poses an "internal threat" to NATO with the S-400.
        Assert.Equal("against", stances[("000_40ae18fe69cda734", "Townsend")]);
    }

    [Fact]
    public void Document_level_rows_leave_the_actor_empty()
    {
        var r = CliRunner.Run("stance", CliRunner.SampleCorpus, "--target", "S-400", "--terms", "S-400,S-400s", "--by", "document", "--format", "csv");
        Assert.Equal(0, r.ExitCode);
        var rows = r.Output.Trim().Split('\n').Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(5, rows.Count);
        Assert.All(rows, f => Assert.Equal("", f[1]));
        Assert.All(rows, f => Assert.Contains(f[2], new[] { "favor", "against", "neutral" }));
    }

    [Fact]
    public void A_model_file_that_is_not_a_model_is_an_error_naming_it()
    {
        var path = Path.Combine(Path.GetTempPath(), $"not-a-model-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, "{\"hello\": 1}");
        try
        {
            var r = CliRunner.Run("stance", CliRunner.SampleCorpus, "--target", "S-400", "--model", path);
            Assert.Equal(1, r.ExitCode);
            Assert.Contains(Path.GetFileName(path), r.Error);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void A_target_no_sentence_mentions_gives_an_empty_table_and_a_note_naming_the_terms()
    {
        var r = CliRunner.Run("stance", CliRunner.SampleCorpus, "--target", "Turkey's S-400 purchase", "--format", "csv");
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("Document,Actor,Stance,Confidence,Score,Evidence", r.Output.Trim());
        Assert.Contains("no sentence mentions the target (terms: \"Turkey's S-400 purchase\")", r.Error);
        Assert.Contains("--terms", r.Error);

        var found = CliRunner.Run("stance", CliRunner.SampleCorpus, "--target", "Turkey's S-400 purchase", "--terms", Terms, "--format", "csv");
        Assert.DoesNotContain("no sentence mentions", found.Error);
    }
}
