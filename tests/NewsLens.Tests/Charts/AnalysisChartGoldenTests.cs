using System.Text.Json.Nodes;
using NewsLens.Actors;
using NewsLens.Charts;
using NewsLens.Corpora;
using NewsLens.Sentiment;
using NewsLens.Stance;
using NewsLens.Terms;
using NewsLens.Topics;
using static NewsLens.Tests.Charts.ChartFixtures;

namespace NewsLens.Tests.Charts;

/// <summary>
/// The charts of the stance, topic, actor-sentiment, quotation and corpus results and the KWIC table, each on a
/// small result built by hand, against a figure (or HTML/text) written by hand in Fixtures/charts; the README
/// there works out every value from the input.
/// </summary>
public class AnalysisChartGoldenTests
{
    // ---- stance ----

    private static StanceAnalysis Stance() => new(
        new StanceTarget("the deal", ["deal"]), "lexicon", [],
        [
            new ActorStance("a1", "Pence", StanceLabel.Against, 0.9, -0.9, ["Pence warned against the deal.", "He repeated it."]),
            new ActorStance("a3", "Pence", StanceLabel.Against, 0.5, -0.5, ["Pence said the deal & the <sanctions> are reckless."]),
            new ActorStance("a3", "Cavusoglu", StanceLabel.Favor, 0.75, 0.75, ["Cavusoglu said the deal is done."]),
            new ActorStance("a2", "Bolton", StanceLabel.Neutral, 0, 0, []),
        ],
        [
            new DocumentStance("a1", StanceLabel.Against, 0.4, -0.4, 2, []),
            new DocumentStance("a2", StanceLabel.Neutral, 0, 0, 1, []),
            new DocumentStance("a3", StanceLabel.Neutral, 0, 0, 2, []),
            new DocumentStance("a4", StanceLabel.Neutral, 0, 0, 0, []),
        ]);

    [Fact]
    public void Stance_actor_matrix()
    {
        // German culture writes -0,90: the hover text must not depend on it.
        InCulture("de-DE", () => AssertGolden("stance-actor-matrix.json", Stance().ToChart()));
        AssertGolden("stance-actor-matrix.json", StanceCharts.ActorMatrix(Stance()));
    }

    [Fact]
    public void Stance_actor_matrix_leaves_out_articles_where_no_drawn_actor_speaks()
    {
        // maxActors 1 keeps Pence (2 articles); a2 holds only Bolton, so its column goes; the given order is kept.
        var trace = JsonNode.Parse(PlotlyHtml.ToJson(StanceCharts.ActorMatrix(Stance(), ["a3", "a2", "a1", "a3"], maxActors: 1)))!["data"]![0]!;
        Assert.Equal("""["a3","a1"]""", trace["x"]!.ToJsonString());
        Assert.Equal("""["Pence"]""", trace["y"]!.ToJsonString());
        Assert.Equal("[[-0.5,-0.9]]", trace["z"]!.ToJsonString());
    }

    // ---- topics ----

    private sealed class HandMadeTopicModel(IReadOnlyList<TopicSummary> topics) : ITopicModel
    {
        public IReadOnlyList<string> Vocabulary => [];
        public int TopicCount => topics.Count;
        public double[][] TopicWordDistribution => [];
        public IReadOnlyList<DocumentTopics> DocumentTopics => [];
        public IReadOnlyList<TopicSummary> Topics => topics;
        public IReadOnlyList<TopicSummary> GetTopics(int topN = 10, double lambda = 0.6) => topics;
    }

    private static TopicSummary Topic(int index, double share, params (string Term, double P)[] terms)
    {
        var list = terms.Select(t => new TopicTerm(t.Term, t.P, 0)).ToArray();
        return new TopicSummary(index, share, list, list, 0.6);
    }

    private static TopicAnalysisResult Topics(TopicModelKind kind = TopicModelKind.Lda)
    {
        TopicSummary[] topics =
        [
            Topic(0, 0.16666667, ("election", 0.123456), ("vote", 0.1), ("ballot", 0.05)),
            Topic(1, 0.5, ("missile", 0.4), ("radar", 0.3), ("defence", 0.2), ("battery", 0.1)),
            Topic(2, 0.33333333, ("at&t", 0.7), ("deal", 0.3)),
        ];
        var none = new CoherenceResult(CoherenceMeasure.Npmi, 10, WindowCounting.Exact, 0, [], double.NaN);
        return new TopicAnalysisResult(new TopicAnalysisOptions { Topics = 3, Model = kind }, new HandMadeTopicModel(topics), new TopicCorpus([], [], []),
            topics, none, none with { Measure = CoherenceMeasure.UMass }, [], [], 1, 1, []);
    }

    private static TopicDriftResult Drift()
    {
        TopicTimeSlice Bin(string label, int month, params double[] shares) =>
            new(label, new DateTime(2022, month, 1), 2, shares, [], null, null);
        var slices = new TopicsOverTimeResult(TimeBin.Month,
        [
            Bin("2022-01", 1, 0.2, 0.7, 0.1),
            Bin("2022-02", 2, 0.123456789, 0.5, 0.376543211),
            Bin("2022-03", 3, 0.25, 0.25, 0.5),
        ], 0, []);
        return new TopicDriftResult(TimeBin.Month, [],
            [new DriftRow("2022-02", "2022-01", 0.0412345, 0.1), new DriftRow("2022-03", "2022-02", 0.02, double.NaN)],
            slices, 0, []);
    }

    [Fact]
    public void Topic_shares() => AssertGolden("topic-shares.json", Topics().ToChart());

    [Fact]
    public void Topic_shares_of_an_NMF_model_are_shares_of_document_weight() => AssertGolden("topic-shares-nmf.json", Topics(TopicModelKind.Nmf).ToChart());

    [Fact]
    public void Topic_top_terms() => AssertGolden("topic-top-terms.json", TopicCharts.TopTerms(Topics(), 0, top: 2));

    [Fact]
    public void Topic_shares_over_time() => AssertGolden("topic-shares-over-time.json", TopicCharts.SharesOverTime(Drift(), Topics()));

    [Fact]
    public void Topic_drift() => AssertGolden("topic-drift.json", Drift().ToChart());

    // ---- actor sentiment ----

    private static ActorOverallSentiment Overall(string actor, int mentions, double mean) =>
        new(actor, ActorKind.Person, null, mentions, 1, mean, 0, 0, 0);

    [Fact]
    public void Sentiment_mean_score_bars_take_the_most_mentioned_actors() =>
        AssertGolden("sentiment-actor-bars.json", ActorSentimentCharts.MeanScoreBars(
        [
            Overall("Erdogan", 5, -0.4), Overall("Pence", 3, -0.1), Overall("NATO", 3, 0.25), Overall("Ankara", 3, 0.1),
        ], top: 3));

    private static MentionSentiment Mention(string doc, string actor, SentimentLabel label, double score, string sentence, bool own = false) =>
        new(doc, 0, actor, ActorKind.Person, actor, label, score, 0.9, sentence, own);

    private static ActorSentimentResult Sentiment()
    {
        var rows = new[]
        {
            Mention("d1", "X", SentimentLabel.Negative, -0.25, "X failed badly."),
            Mention("d1", "X", SentimentLabel.Positive, 0.75, "X was praised."),
            Mention("d1", "Y", SentimentLabel.Neutral, 0.25, "Y spoke."),
            Mention("d2", "X", SentimentLabel.Negative, -0.5, "X was criticised."),
            Mention("d2", "Y", SentimentLabel.Negative, -0.5, "\"This is terrible,\" Y said.", own: true),
            Mention("d2", "Z <Ltd>", SentimentLabel.Positive, 0.5, "Z <Ltd> won & smiled."),
            Mention("d3", "Y", SentimentLabel.Negative, -0.75, "Y lost."),
        };
        var docs = new Dictionary<string, DocumentInfo>
        {
            ["d1"] = Document.Create("d1", "", date: new DateTime(2019, 4, 1), outlet: "Express").Info,
            ["d2"] = Document.Create("d2", "", date: new DateTime(2019, 5, 2), outlet: "Guardian").Info,
            ["d3"] = Document.Create("d3", "", date: new DateTime(2019, 5, 20), outlet: "Express").Info,
        };
        return new ActorSentimentResult(rows, docs);
    }

    [Fact]
    public void Sentiment_result_charts_the_overall_mean_without_own_quotes() =>
        AssertGolden("sentiment-result-bars.json", Sentiment().CreateChart()!);

    [Fact]
    public void Sentiment_document_heatmap()
    {
        // The Thai culture counts years in the Buddhist era (2019 is 2562): the date labels must not depend on it.
        InCulture("th-TH", () => AssertGolden("sentiment-document-heatmap.json", Sentiment().ByDocument().CreateChart()!));
        AssertGolden("sentiment-document-heatmap.json", Sentiment().ByDocument().CreateChart()!);
    }

    private static ActorGroupSentiment Group(string group, string actor, int mentions, double mean, int negative = 0, int positive = 0) =>
        new(group, actor, mentions, mean, negative, mentions - negative - positive, positive);

    [Fact]
    public void Sentiment_over_time_runs_every_line_over_every_period() =>
        AssertGolden("sentiment-over-time.json", new ActorGroupSentimentTable(
        [
            Group("(none)", "Y", 5, 0.1),
            Group("2019-04", "Y", 1, 0.25),
            Group("2019-05", "X", 2, -0.5),
            Group("2019-05", "Y", 1, -0.75),
            Group("2019-06", "X", 1, 0.5),
        ], "month").CreateChart()!);

    [Fact]
    public void Sentiment_group_heatmap_ranks_actors_by_mentions() =>
        AssertGolden("sentiment-group-heatmap.json", new ActorGroupSentimentTable(
        [
            Group("(none)", "Z", 1, 0.75, positive: 1),
            Group("Express", "Y", 2, 0.25, positive: 1),
            Group("Express", "Z", 1, -0.5, negative: 1),
            Group("Guardian", "X", 4, -0.125, negative: 2, positive: 1),
            Group("Guardian", "Y", 1, 0.5, positive: 1),
        ], "outlet").CreateChart()!);

    [Fact]
    public void Sentiment_group_heatmap_keeps_the_top_actors_and_their_groups()
    {
        var figure = ActorSentimentCharts.GroupHeatmap([Group("A", "X", 1, 0.5), Group("A", "Y", 3, 0.25), Group("B", "X", 1, 0)], "outlet", topActors: 1);
        var trace = JsonNode.Parse(PlotlyHtml.ToJson(figure))!["data"]![0]!;
        Assert.Equal("""["Y"]""", trace["y"]!.ToJsonString());
        Assert.Equal("""["A"]""", trace["x"]!.ToJsonString()); // B mentions only X, which is not drawn
        Assert.Equal("[[0.25]]", trace["z"]!.ToJsonString());
    }

    // ---- quotations, corpus summary, KWIC ----

    [Fact]
    public void Quotes_per_speaker() =>
        AssertGolden("quotes-per-speaker.json", new QuotesTable(
        [
            new QuoteRow("d", "B", "B", "nine ten eleven twelve", "said", "direct", 0, 10),
            new QuoteRow("d", "A", "A", "one two three four", "said", "direct", 11, 20),
            new QuoteRow("d", "C", "C", "five six seven eight", "told", "reported", 21, 30),
            new QuoteRow("d", "A", "A", "five six seven eight", "said", "reported", 31, 40),
            new QuoteRow("d", null, null, "no speaker here at all", null, "direct", 41, 50),
            new QuoteRow("d", "C", "C", "thirteen fourteen", "added", "reported", 51, 60),
        ]).CreateChart()!);

    [Fact]
    public void Corpus_outlets() =>
        AssertGolden("corpus-outlets.json", new CorpusSummary(7, 700, null, null, 7,
        [
            new OutletSummary("Guardian", 2, 200, null, null),
            new OutletSummary("Express", 3, 300, null, null),
            new OutletSummary("Daily Sabah", 2, 200, null, null),
        ]).ToChart());

    private static KwicRow[] Kwic()
    {
        KwicRow Row(string id, string pre, string keyword, string post) =>
            new(id, 0, 1, 0, keyword.Length, pre, keyword, post, "deal*", Document.Create(id, "").Info);
        return
        [
            Row("d1", "Pence warned against the", "deal", "with Russia"),
            Row("d2", "Erdoğan's <S-400>", "dealings", "are \"done\" & dusted, café talk"),
            Row("d100", "a much longer left context than any shown", "deal", "cut"),
        ];
    }

    [Fact]
    public void Kwic_html() =>
        Assert.Equal(Read("kwic.html"), ResultCharts.KwicHtml(Kwic(), maxRows: 2, caption: "Keywords in context: deal*"));

    [Fact]
    public void Kwic_text() =>
        Assert.Equal(Read("kwic.txt"), ResultCharts.KwicText(Kwic(), maxRows: 2, caption: "Keywords in context: deal*"));
}
