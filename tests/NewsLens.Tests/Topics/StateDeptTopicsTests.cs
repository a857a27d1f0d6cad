using NewsLens.Corpora;
using NewsLens.Topics;

namespace NewsLens.Tests.Topics;

/// <summary>The State Department press releases in data/state-dept (2021-05-20 .. 2022-08-03, public domain).</summary>
public class StateDeptTopicsTests
{
    private static readonly string Folder = SharedData.Repo("data", "state-dept");

    private static bool FromTheFeed(Document d) => d.Id.StartsWith("https://www.state.gov/", StringComparison.Ordinal);

    [Fact]
    public void Every_press_release_loads_with_its_date_and_metadata()
    {
        // Without cleaning every one of the 2,025 records of the file is a document, each with a date.
        var corpus = Corpus.Load(Folder, new CorpusLoadOptions { Clean = false });
        var releases = corpus.Where(FromTheFeed).ToList();
        Assert.Equal(2025, releases.Count);
        Assert.All(releases, d => Assert.NotNull(d.Date));
        Assert.Equal(new DateTime(2021, 5, 20), releases.Min(d => d.Date!.Value).Date);
        Assert.Equal(new DateTime(2022, 8, 3), releases.Max(d => d.Date!.Value).Date);
        // The RSS guid is the id; the author (dc:creator) is kept as metadata.
        var first = releases[0];
        Assert.Equal(first.Info.Url, first.Id);
        Assert.Equal("Antony J. Blinken, Secretary of State", first.Info.GetField("author")?.Split(", Mute")[0]);
    }

    [Fact]
    public void With_cleaning_every_record_is_either_loaded_or_reported()
    {
        var corpus = Corpus.Load(Folder);
        var fromFile = corpus.Report.Entries.Where(e => e.File.EndsWith(".jsonl.gz", StringComparison.Ordinal) && e.DocumentId is not null).ToList();
        Assert.Equal(2025, fromFile.Count);
        Assert.Equal(corpus.Count(FromTheFeed), fromFile.Count(e => e.Status == LoadStatus.Loaded));
        Assert.All(fromFile.Where(e => e.Status != LoadStatus.Loaded), e => Assert.False(string.IsNullOrEmpty(e.Message)));
    }

    [Fact]
    public void The_war_in_Ukraine_topic_grows_several_fold_after_February_2022()
    {
        var corpus = Corpus.Load(Folder).Filter(FromTheFeed);
        var result = TopicAnalysis.Run(corpus, new TopicAnalysisOptions { Topics = 15, Iterations = 150, Threads = 1, Seed = 1 });
        string[] war = ["ukraine", "russia", "russian"];
        var topic = result.Topics.MaxBy(t => t.TopWords.Count(war.Contains))!;
        Assert.True(topic.TopWords.Count(war.Contains) >= 2, string.Join(", ", topic.TopWords));

        var before = DateRange.Parse("2021-05..2021-08");
        var after = DateRange.Parse("2022-02..2022-08");
        double Share(DateRange period) => result.Model.DocumentTopics.Where(d => period.Contains(d.Info.Date)).Average(d => d.Weights[topic.Topic]);
        double shareBefore = Share(before), shareAfter = Share(after);
        // Russia's invasion (24 February 2022) became the department's main subject: the topic's share of the
        // releases is at least three times what it was in mid-2021, and larger than an average topic's (1/K).
        Assert.True(shareAfter >= 3 * shareBefore, $"before {shareBefore:F4}, after {shareAfter:F4}");
        Assert.True(shareAfter > 1.0 / 15, $"after {shareAfter:F4}");

        // By month: March 2022, the first full month of the invasion, is above every month of 2021.
        var drift = TopicDrift.Run(result, TimeBin.Month);
        Assert.Equal(0, drift.UndatedDocuments);
        var monthly = drift.Shares.Where(s => s.Topic == topic.Topic + 1).ToDictionary(s => s.Bin, s => s.Share);
        double max2021 = monthly.Where(m => m.Key.StartsWith("2021", StringComparison.Ordinal)).Max(m => m.Value);
        Assert.True(monthly["2022-03"] > max2021, $"2022-03: {monthly["2022-03"]:F4}, highest month of 2021: {max2021:F4}");
    }
}
