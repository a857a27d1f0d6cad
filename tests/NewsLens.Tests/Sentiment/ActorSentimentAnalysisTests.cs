using NewsLens.Actors;
using NewsLens.Corpora;
using NewsLens.Sentiment;
using NewsLens.Sentiment.Targeted;

namespace NewsLens.Tests.Sentiment;

/// <summary>The whole pipeline (actor recognition → sentence → target-dependent sentiment) on hand-made sentences.</summary>
public class ActorSentimentAnalysisTests
{
    /// <summary>Records what it is asked and answers by the first letter of the target.</summary>
    private sealed class RecordingClassifier : ITargetSentimentClassifier
    {
        public List<(string Sentence, string Target)> Calls { get; } = [];

        public TargetSentiment Predict(string sentence, int from, int to)
        {
            var target = sentence[from..to];
            Calls.Add((sentence, target));
            return target.StartsWith('T') ? new(SentimentLabel.Negative, -0.5, 0.7) : new(SentimentLabel.Positive, 0.5, 0.7);
        }
    }

    [Fact]
    public void A_surname_alone_is_scored_for_the_person_named_in_full_in_another_article()
    {
        // "Isik" alone in the second article is the Fikri Isik discovered (by his title) in the first.
        var first = Document.Create("a", "Defense Minister Fikri Isik said the talks had reached the final stage.");
        var second = Document.Create("b", "Isik praised the agreement as a great success.");
        var rows = ActorSentimentAnalysis.Run([first, second]);
        Assert.Contains(rows, r => r.DocumentId == "b" && r.Actor == "Fikri Isik" && r.Surface == "Isik");
        var analysis = new ActorRecognizer().Analyze([first, second]);
        Assert.Equal(analysis.Mentions.Count(m => m.Actor == "Fikri Isik"), rows.Count(r => r.Actor == "Fikri Isik"));
    }

    [Fact]
    public void Pence_warning_Turkey_is_negative_toward_Turkey_not_Pence()
    {
        var doc = Document.Create("d", "Pence warned Turkey that it risks expulsion from the programme.");
        var rows = ActorSentimentAnalysis.Run([doc]);
        var turkey = rows.Single(r => r.Actor == "Turkey");
        var pence = rows.Single(r => r.Actor == "Mike Pence");
        Assert.Equal(SentimentLabel.Negative, turkey.Label);
        Assert.True(turkey.Score < 0, $"Turkey score {turkey.Score}");
        Assert.NotEqual(SentimentLabel.Negative, pence.Label);
        Assert.True(pence.Score > turkey.Score);
    }

    [Fact]
    public void Mentions_are_passed_with_offsets_relative_to_their_sentence()
    {
        var doc = Document.Create("d", "The talks ended on Monday. Later, Turkey thanked Russia for the offer.");
        var classifier = new RecordingClassifier();
        var rows = ActorSentimentAnalysis.Run([doc], classifier: classifier);
        Assert.Contains(("Later, Turkey thanked Russia for the offer.", "Turkey"), classifier.Calls);
        Assert.Contains(("Later, Turkey thanked Russia for the offer.", "Russia"), classifier.Calls);
        var turkey = rows.Single(r => r.Actor == "Turkey");
        Assert.Equal(1, turkey.Sentence);
        Assert.Equal((SentimentLabel.Negative, -0.5), (turkey.Label, turkey.Score));
        Assert.Equal((SentimentLabel.Positive, 0.5), (rows.Single(r => r.Actor == "Russia").Label, rows.Single(r => r.Actor == "Russia").Score));
    }

    [Fact]
    public void A_speakers_own_quotation_is_flagged_and_not_counted()
    {
        var doc = Document.Create("d", "“This is a terrible, dangerous decision by Turkey,” Pence said on Wednesday.");
        var result = ActorSentimentAnalysis.Run([doc]);
        Assert.True(result.Single(r => r.Actor == "Mike Pence").IsOwnQuote);
        Assert.False(result.Single(r => r.Actor == "Turkey").IsOwnQuote);
        Assert.DoesNotContain(result.Overall(), r => r.Actor == "Mike Pence");
        Assert.Contains(result.WithOwnQuotes(true).Overall(), r => r.Actor == "Mike Pence");
    }

    [Fact]
    public void Sample_corpus_rows_hold_their_mention_and_Turkey_is_portrayed_negatively_where_Pence_warns_it()
    {
        var corpus = Corpus.Load(SharedData.Repo("data", "s400"));
        var result = ActorSentimentAnalysis.Run(corpus);
        Assert.NotEmpty(result);
        Assert.All(result, r => Assert.Contains(r.Surface, r.SentenceText));
        var mentions = new ActorRecognizer().Analyze(corpus).Mentions.Count;
        Assert.Equal(mentions, result.Count);

        var article4 = corpus.Single(d => d.Id.StartsWith("004", StringComparison.Ordinal)).Id;
        var turkey4 = result.ByDocument().Single(r => r.DocumentId == article4 && r.Actor == "Turkey");
        Assert.True(turkey4.MeanScore < 0, $"mean {turkey4.MeanScore}");
        Assert.Equal(turkey4.Mentions, turkey4.Negative + turkey4.Neutral + turkey4.Positive);
        // “Turkey must choose,” Pence said. — Pence's own words
        Assert.Contains(result, r => r.DocumentId == article4 && r.Actor == "Mike Pence" && r.IsOwnQuote && r.SentenceText.Contains("must choose"));
        // "Eliot Engel and Michael McCaul said … “will risk sanctions …”": the quotation is each congressman's own
        foreach (var congressman in new[] { "Eliot Engel", "Michael McCaul" })
            Assert.Contains(result, r => r.DocumentId == article4 && r.Actor == congressman && r.IsOwnQuote && r.SentenceText.Contains("will risk sanctions"));
        var overall = result.Overall();
        Assert.Equal(result.Counted.Count(), overall.Sum(r => r.Mentions));
        Assert.Equal(result.Counted.Count(), result.ByDocument().Sum(r => r.Mentions));
        Assert.Equal(result.Counted.Count(), result.By("outlet").Sum(r => r.Mentions));
        // A person the dictionaries lack keeps the affiliation found with his mention:
        // "Alexander Mikheev, Russian state arms exporter Rosoboronexport" (article 001).
        Assert.Equal("Russia", overall.Single(r => r.Actor == "Alexander Mikheev").Affiliation);
    }
}
