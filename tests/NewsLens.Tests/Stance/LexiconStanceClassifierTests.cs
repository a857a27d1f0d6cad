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
    private static readonly StanceTarget SmokingBan = StanceTarget.FromName("This house would ban smoking in public places");

    [Fact]
    public void A_claim_agrees_with_a_ban_when_it_is_negative_about_what_is_banned()
    {
        // motion −1 toward smoking (Bar-Haim et al. 2017: stance = claim sentiment × motion sentiment)
        var harm = LexiconStanceClassifier.Default.Classify(SmokingBan, "Second-hand smoke causes cancer and kills bar staff");
        Assert.Equal(StanceLabel.Favor, harm.Label);
        Assert.Contains("motion:-", harm.Cues);
        Assert.Equal(StanceLabel.Against, LexiconStanceClassifier.Default.Classify(SmokingBan, "Smokers enjoy a relaxed cigarette with friends").Label);
    }

    [Fact]
    public void A_claim_about_the_ban_itself_is_read_toward_the_ban()
    {
        // "the ban" is a form of the motion's action: the motion is +1 toward the ban, so a negative claim is against.
        var d = LexiconStanceClassifier.Default.Classify(SmokingBan, "The ban hurts small pubs and their owners");
        Assert.Equal(StanceLabel.Against, d.Label);
        Assert.Contains("about-action:ban+", d.Cues);
    }

    [Fact]
    public void A_suppressor_reverses_the_sentiment_of_its_object()
    {
        var cannabis = StanceTarget.FromName("This house would legalise cannabis");
        var d = LexiconStanceClassifier.Default.Classify(cannabis, "Legal cannabis reduces crime");
        // "reduces" is left out and the sentiment of its object "crime" subtracted; no stance cue in the sentence.
        var vader = SentimentAnalyzer.Vader;
        double expected = Math.Clamp(vader.Score("legal cannabis").Compound - vader.Score("crime").Compound, -1, 1);
        Assert.Equal(Math.Tanh(LexiconStanceClassifier.SentimentWeight * expected / 2), d.Lean, 10);
        Assert.Equal(StanceLabel.Favor, d.Label);
        Assert.Contains("reverses:reduces>crime", d.Cues);
        Assert.Equal(StanceLabel.Against, LexiconStanceClassifier.Default.Classify(cannabis, "Legal cannabis causes crime").Label);
    }

    [Fact]
    public void Only_a_target_given_as_a_sentence_takes_the_motion_reading()
    {
        var c = LexiconStanceClassifier.Default;
        Assert.True(c.IsSentenceTarget(SmokingBan));
        Assert.True(c.IsSentenceTarget(StanceTarget.FromName("Abolish the monarchy.")));    // short, but a motion
        Assert.False(c.IsSentenceTarget(StanceTarget.FromName("Russian aggression")));      // a short name
        Assert.False(c.IsSentenceTarget(S400));                                             // name and terms
        // A news target (name and terms) that the sentence does not name keeps its name's cue/VADER sign:
        // "Turkey's purchase of the S-400" reads +1, so a warning reads against it as before.
        var d = LexiconStanceClassifier.Default.Classify(S400, "Washington warned Ankara again");
        Assert.Equal(StanceLabel.Against, d.Label);
        Assert.DoesNotContain(d.Cues, c => c.StartsWith("motion:", StringComparison.Ordinal));
    }
}
