namespace NewsLens.Tests.Cli;

public class TermsCommandTests
{
    private static string[] CsvLines(string output) =>
        output.Trim().Split('\n').Select(l => l.TrimEnd('\r')).ToArray();

    [Fact]
    public void Terms_counts_lower_cased_features_without_stopwords()
    {
        var r = CliRunner.Run("terms", CliRunner.SampleCorpus, "--top", "3", "--format", "csv");
        Assert.Equal(0, r.ExitCode);
        var lines = CsvLines(r.Output);
        Assert.Equal("Feature,Frequency,Rank,DocFreq,Group", lines[0]);
        Assert.Equal(4, lines.Length);
        // "Turkey" is the most frequent content word of the five articles and appears in all of them.
        Assert.StartsWith("turkey,", lines[1]);
        Assert.EndsWith(",1,5,", lines[1]);
        Assert.DoesNotContain(lines, l => l.StartsWith("the,", StringComparison.Ordinal));
    }

    [Fact]
    public void Tokenizer_option_chooses_the_scheme()
    {
        // The news tokenizer keeps "U.S." whole; the simple one splits it into "U" and "S" (dropped by --min-length 2).
        var news = CliRunner.Run("terms", CliRunner.SampleCorpus, "--top", "5000", "--format", "csv");
        var simple = CliRunner.Run("terms", CliRunner.SampleCorpus, "--top", "5000", "--format", "csv", "--tokenizer", "simple");
        Assert.Equal(0, news.ExitCode);
        Assert.Equal(0, simple.ExitCode);
        Assert.Contains(CsvLines(news.Output), l => l.StartsWith("u.s.,", StringComparison.Ordinal));
        Assert.DoesNotContain(CsvLines(simple.Output), l => l.StartsWith("u.s.,", StringComparison.Ordinal) || l.StartsWith("u,", StringComparison.Ordinal));
        var bad = CliRunner.Run("terms", CliRunner.SampleCorpus, "--tokenizer", "bogus");
        Assert.NotEqual(0, bad.ExitCode);
        Assert.Contains("Simple", bad.Error);
    }

    [Fact]
    public void Terms_by_year_ranks_within_each_group()
    {
        var r = CliRunner.Run("terms", CliRunner.SampleCorpus, "--top", "1", "--by", "year", "--format", "csv");
        Assert.Equal(0, r.ExitCode);
        var groups = CsvLines(r.Output).Skip(1).Select(l => l.Split(',')[^1]).ToArray();
        Assert.Equal(["2017", "2018", "2019"], groups);
    }

    [Fact]
    public void Keyness_needs_field_equals_value_and_names_unknown_values()
    {
        var bad = CliRunner.Run("keyness", CliRunner.SampleCorpus, "--target", "outlet");
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("field=value", bad.Error);

        var unknown = CliRunner.Run("keyness", CliRunner.SampleCorpus, "--target", "outlet=Nobody");
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("The Duran", unknown.Error); // lists the values found
    }

    [Fact]
    public void Keyness_puts_target_heavy_terms_first_and_reference_heavy_terms_last_with_negative_sign()
    {
        var r = CliRunner.Run("keyness", CliRunner.SampleCorpus, "--target", "outlet=The Duran", "--top", "3", "--format", "csv");
        Assert.Equal(0, r.ExitCode);
        var rows = CsvLines(r.Output).Skip(1).Select(l => l.Split(',')).ToArray();
        Assert.Equal(6, rows.Length);
        Assert.True(double.Parse(rows[0][1], System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.True(double.Parse(rows[^1][1], System.Globalization.CultureInfo.InvariantCulture) < 0);
    }

    [Fact]
    public void Collocations_finds_f35_fighter_in_the_running_text()
    {
        var r = CliRunner.Run("collocations", CliRunner.SampleCorpus, "--keep-stopwords", "--top", "5000", "--format", "csv");
        Assert.Equal(0, r.ExitCode);
        // "F-35 fighter" occurs five times in the sample articles (000 once, 001 once, 002 twice, 004 once).
        Assert.Contains(CsvLines(r.Output), l => l.StartsWith("f-35 fighter,5,", StringComparison.Ordinal));
    }

    [Fact]
    public void Kwic_shows_each_match_with_its_context_as_written()
    {
        var r = CliRunner.Run("kwic", CliRunner.SampleCorpus, "sanction*", "--window", "3", "--format", "csv");
        Assert.Equal(0, r.ExitCode);
        var lines = CsvLines(r.Output);
        Assert.Equal("DocumentId,TokenStart,TokenEnd,CharStart,CharEnd,Pre,Keyword,Post,Pattern", lines[0]);
        // 001: "could trigger threatened sanctions." (the text has "sanctions" six times over three articles)
        Assert.Equal(6, lines.Length - 1);
        Assert.Contains(lines, l => l.Contains(",trigger threatened,sanctions,", StringComparison.Ordinal) || l.Contains(",could trigger threatened,sanctions,", StringComparison.Ordinal));
    }
}
