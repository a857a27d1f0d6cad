using NewsLens.Sentiment;
using NewsLens.Stance;

namespace NewsLens.Tests.Stance;

public class LexiconStanceClassifierTests
{
    private static readonly StanceTarget S400 = new("Turkey's purchase of the S-400", ["S-400"]);

    [Fact]
    public void Score_is_cues_plus_weighted_target_sentiment()
    {
        // One cue ("warned", against 1.5) and VADER on the words around the term.
        const string s = "Washington warned Ankara about the S-400 purchase";
        var d = LexiconStanceClassifier.Default.Classify(S400, s);
        double vader = SentimentAnalyzer.Vader.Score("Washington warned Ankara about the  purchase").Compound;
        double score = -1.5 + LexiconStanceClassifier.SentimentWeight * vader;
        Assert.Equal(StanceLabel.Against, d.Label);
        Assert.Equal(Math.Tanh(score / 2), d.Lean, 10);
        Assert.Contains("warned", d.Cues);
    }

    [Fact]
    public void Support_and_negated_risk_read_as_favor_and_no_cue_as_neutral()
    {
        Assert.Equal(StanceLabel.Favor, LexiconStanceClassifier.Default.Classify(S400, "The S-400 is a done deal and we will not step back.").Label);
        Assert.Equal(StanceLabel.Favor, LexiconStanceClassifier.Default.Classify(S400, "He said the S-400 will not be a risk to NATO.").Label);
        var n = LexiconStanceClassifier.Default.Classify(S400, "The S-400 was delivered in July.");
        Assert.Equal(StanceLabel.Neutral, n.Label);
    }

    [Fact]
    public void A_negative_claim_flips_the_reading_of_a_text_that_does_not_name_it()
    {
        var negative = StanceTarget.FromName("Nuclear power is dangerous and harmful");
        var positive = StanceTarget.FromName("Nuclear power is a useful benefit");
        const string text = "It is a dangerous technology that causes harm";
        Assert.Equal(StanceLabel.Favor, LexiconStanceClassifier.Default.Classify(negative, text).Label);
        Assert.Equal(StanceLabel.Against, LexiconStanceClassifier.Default.Classify(positive, text).Label);
    }

    [Fact]
    public void A_speaker_prior_moves_a_cue_less_sentence()
    {
        var d = LexiconStanceClassifier.Default.Classify(S400, "The S-400 was delivered in July.", new StanceContext("Pence", true, -1));
        Assert.Equal(StanceLabel.Against, d.Label);
        Assert.Equal(Math.Tanh(-LexiconStanceClassifier.PriorWeight / 2), d.Lean, 10);
    }
}
