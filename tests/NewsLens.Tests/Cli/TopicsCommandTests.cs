using System.Text.Json;
using NewsLens.Tests.Topics;

namespace NewsLens.Tests.Cli;

public class TopicsCommandTests : IClassFixture<ThreeTopicFolder>
{
    private readonly ThreeTopicFolder _corpus;

    public TopicsCommandTests(ThreeTopicFolder corpus) => _corpus = corpus;

    private static JsonElement[] Json(CliRunner.Result r)
    {
        Assert.True(r.ExitCode == 0, r.Error);
        using var doc = JsonDocument.Parse(r.Output);
        return doc.RootElement.EnumerateArray().Select(e => e.Clone()).ToArray();
    }

    /// <summary>The topic (sport, weather, finance) all of a row's top five terms belong to, or null when they mix.</summary>
    private static string? PureTopic(JsonElement row)
    {
        var terms = row.GetProperty("topTerms").GetString()!.Split(", ").Take(5).Select(ThreeTopicFolder.TopicOf).Distinct().ToArray();
        return terms.Length == 1 ? terms[0] : null;
    }

    [Theory]
    [InlineData("lda")]
    [InlineData("nmf")]
    public void Topics_recovers_the_three_vocabularies(string model)
    {
        var rows = Json(CliRunner.Run("topics", _corpus.Path, "-k", "3", "--seed", "1", "--iterations", "200", "--model", model, "--format", "json"));
        Assert.Equal(3, rows.Length);
        Assert.Equal(new[] { "finance", "sport", "weather" }, rows.Select(PureTopic).OrderBy(t => t).ToArray());
        foreach (var row in rows)
        {
            // Ten distinct words a topic, each seen only with its own kind: their NPMI is positive, UMass near 0.
            Assert.InRange(row.GetProperty("npmi").GetDouble(), 0.0, 1.0);
            Assert.InRange(row.GetProperty("uMass").GetDouble(), -1.0, 0.0);
        }
        Assert.Equal(1.0, rows.Sum(r => r.GetProperty("share").GetDouble()), 6);
    }

    [Fact]
    public void Topics_documents_lists_each_topics_own_articles_first()
    {
        var topics = Json(CliRunner.Run("topics", _corpus.Path, "-k", "3", "--iterations", "200", "--format", "json"));
        var documents = Json(CliRunner.Run("topics", _corpus.Path, "-k", "3", "--iterations", "200", "--format", "json", "--show", "documents", "--top-terms", "10"));
        Assert.Equal(3 * 5, documents.Length);
        foreach (var topic in topics)
        {
            var kind = PureTopic(topic);
            var top = documents.Where(d => d.GetProperty("topic").GetInt32() == topic.GetProperty("topic").GetInt32()).ToArray();
            Assert.Equal(new[] { 1, 2, 3, 4, 5 }, top.Select(d => d.GetProperty("rank").GetInt32()));
            Assert.All(top, d => Assert.StartsWith(kind + "-", d.GetProperty("id").GetString()));
        }
    }

    [Fact]
    public void Drift_shares_show_finance_arriving_in_april()
    {
        var r = CliRunner.Run("drift", _corpus.Path, "-k", "3", "--by", "month", "--iterations", "200", "--format", "json");
        var shares = Json(r);
        Assert.Contains("2 documents have no date", r.Error);
        Assert.Equal(6 * 3, shares.Length);
        var topics = Json(CliRunner.Run("topics", _corpus.Path, "-k", "3", "--iterations", "200", "--format", "json"));
        int finance = topics.Single(t => PureTopic(t) == "finance").GetProperty("topic").GetInt32();
        foreach (var row in shares.Where(s => s.GetProperty("topic").GetInt32() == finance))
        {
            var month = row.GetProperty("bin").GetString()!;
            var share = row.GetProperty("share").GetDouble();
            Assert.Equal(10, row.GetProperty("documents").GetInt32());
            // No finance article before April; 6 of 10 articles from April on.
            if (string.CompareOrdinal(month, "2021-04") < 0) Assert.True(share < 0.1, $"{month}: {share}");
            else Assert.True(share > 0.4 && share < 0.8, $"{month}: {share}");
        }
    }

    [Fact]
    public void Drift_between_months_peaks_when_finance_arrives()
    {
        var rows = Json(CliRunner.Run("drift", _corpus.Path, "-k", "3", "--by", "month", "--iterations", "200", "--format", "json", "--show", "drift"));
        Assert.Equal(5, rows.Length);
        var peak = rows.MaxBy(r => r.GetProperty("sharesJsd").GetDouble());
        Assert.Equal("2021-04", peak.GetProperty("bin").GetString());
        Assert.Equal("2021-03", peak.GetProperty("previousBin").GetString());
    }

    [Fact]
    public void Drift_terms_finds_finance_words_emerging()
    {
        var r = CliRunner.Run("drift", _corpus.Path, "-k", "3", "--iterations", "50", "--format", "json", "--show", "terms",
            "--before", "2021-01..2021-03", "--after", "2021-04..2021-06");
        var rows = Json(r);
        var emerging = rows.Where(x => x.GetProperty("logRatio").GetDouble() > 0).Select(x => x.GetProperty("term").GetString()!).ToArray();
        var fading = rows.Where(x => x.GetProperty("logRatio").GetDouble() < 0).Select(x => x.GetProperty("term").GetString()!).ToArray();
        Assert.Equal(ThreeTopicFolder.Finance.OrderBy(x => x), emerging.OrderBy(x => x));
        Assert.All(fading, t => Assert.NotEqual("finance", ThreeTopicFolder.TopicOf(t)));
        Assert.Contains("2 documents have no date", r.Error);
    }

    [Fact]
    public void K_below_two_is_a_clear_error()
    {
        var r = CliRunner.Run("topics", _corpus.Path, "-k", "1");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("at least 2", r.Error);
    }

    [Fact]
    public void An_unknown_bin_lists_the_valid_ones()
    {
        var r = CliRunner.Run("drift", _corpus.Path, "-k", "3", "--by", "fortnight");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("'fortnight'", r.Error);
        Assert.Contains("day, week, month, quarter, year", r.Error);
    }

    [Fact]
    public void A_bad_date_range_names_the_accepted_forms()
    {
        var r = CliRunner.Run("drift", _corpus.Path, "--show", "terms", "--before", "May..June", "--after", "2021-04..2021-06");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("yyyy-MM", r.Error);
        var half = CliRunner.Run("drift", _corpus.Path, "--show", "terms", "--before", "2021-01..2021-03");
        Assert.Equal(1, half.ExitCode);
        Assert.Contains("--after", half.Error);
    }
}
