using NewsLens.Charts;
using NewsLens.Corpora;
using NewsLens.Reports;

namespace NewsLens.Tests.Reports;

public class TopicsSectionTests
{
    private static readonly string[][] Vocabularies =
    [
        ["football", "match", "goal", "striker", "league", "coach", "stadium", "season", "referee", "penalty"],
        ["rain", "storm", "forecast", "temperature", "wind", "cloud", "snow", "flood", "humidity", "thunder"],
        ["market", "stock", "shares", "investor", "bank", "dividend", "inflation", "bond", "trading", "profit"],
    ];

    /// <summary>60 articles of 400 words (24,000 tokens) from three disjoint vocabularies, one every three days from 2021-01-01.</summary>
    private static Corpus Large()
    {
        var rng = new Random(11);
        var docs = Enumerable.Range(0, 60).Select(d =>
        {
            var words = Vocabularies[d % 3];
            var text = string.Join(" ", Enumerable.Range(0, 400).Select(_ => words[rng.Next(words.Length)]));
            var info = new DocumentInfo($"doc{d}", $"Article {d}", new DateTime(2021, 1, 1).AddDays(3 * d), null, null, new Dictionary<string, object?>());
            return new Document(info, text, text);
        });
        return Corpus.FromDocuments(docs);
    }

    private static string Page(Corpus corpus) => NewsReport.Build(corpus).Render(PlotlyScript.Cdn, new DateTime(2024, 5, 1));

    [Fact]
    public void A_large_enough_corpus_gets_topics_their_shares_over_time_and_drift()
    {
        var page = Page(Large());
        Assert.Contains("<h2>Topics</h2>", page);
        Assert.Contains("LDA with K = 10 topics", page);
        Assert.Contains("<h2>Topic shares</h2>", page);
        // 60 articles every three days span six months: monthly bins.
        Assert.Contains("<h2>Topic shares by month</h2>", page);
        Assert.Contains("<h2>Topic drift by month</h2>", page);
        Assert.Contains("<h2>Top documents per topic</h2>", page);
    }

    [Fact]
    public void The_five_article_sample_gets_no_topics_section()
    {
        var page = Page(Corpus.Load(SharedData.Repo("data", "s400")));
        Assert.DoesNotContain("<h2>Topic", page);
    }
}
