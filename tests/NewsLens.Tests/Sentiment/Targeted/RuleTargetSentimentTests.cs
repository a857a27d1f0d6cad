using NewsLens.Sentiment;
using NewsLens.Sentiment.Targeted;

namespace NewsLens.Tests.Sentiment.Targeted;

public class RuleTargetSentimentTests
{
    private static TargetSentiment Predict(string sentence, string mention)
    {
        int from = sentence.IndexOf(mention, StringComparison.Ordinal);
        return RuleTargetSentiment.Instance.Predict(sentence, from, from + mention.Length);
    }

    [Fact]
    public void AttackedAndPraisedObjects()
    {
        Assert.Equal(SentimentLabel.Negative, Predict("Pence warned Turkey that it could risk its membership.", "Turkey").Label);
        Assert.Equal(SentimentLabel.Positive, Predict("Erdogan praised Putin.", "Putin").Label);
    }

    [Fact]
    public void ANeutralReportIsNeutral()
    {
        var r = Predict("Macron travelled to Berlin on Tuesday.", "Macron");
        Assert.Equal(SentimentLabel.Neutral, r.Label);
        Assert.Equal(0, r.Score, 1e-12); // no lexicon word, no cue verb
    }

    [Fact]
    public void RawScoreFollowsTheDocumentedWeights()
    {
        // object of an attack (−1) + one negative word adjacent (−0.5) + compound 0.4 × 0.3
        var score = RuleTargetSentiment.RawScore([new("cue:attack:obj", 1), new("v-:R1-3", 0.5), new("vader:compound", 0.4), new("w:L1-3:x", 1)]);
        Assert.Equal(-1 - 0.5 + 0.12, score, 1e-12);
    }
}
