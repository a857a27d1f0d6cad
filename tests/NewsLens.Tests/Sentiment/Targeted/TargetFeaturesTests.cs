using NewsLens.Sentiment.Targeted;

namespace NewsLens.Tests.Sentiment.Targeted;

public class TargetFeaturesTests
{
    private static Dictionary<string, double> Features(string sentence, string mention, int occurrence = 0)
    {
        int from = -1;
        for (int k = 0; k <= occurrence; k++) from = sentence.IndexOf(mention, from + 1, StringComparison.Ordinal);
        return TargetFeatures.Extract(sentence, from, from + mention.Length)
            .GroupBy(kv => kv.Key).ToDictionary(g => g.Key, g => g.Sum(kv => kv.Value));
    }

    [Fact]
    public void ObjectOfAnAttackVerbAndItsSubjectAreTold()
    {
        const string s = "Pence warned Turkey that it could risk its membership.";
        var turkey = Features(s, "Turkey");
        var pence = Features(s, "Pence");
        Assert.Contains("cue:attack:obj", turkey.Keys);
        Assert.Contains("cuew:obj:warned", turkey.Keys);
        Assert.Contains("syn:after_verb", turkey.Keys);
        Assert.Contains("cue:attack:subj", pence.Keys);
        Assert.Contains("syn:before_verb", pence.Keys);
        Assert.Contains("syn:first_np", pence.Keys);
    }

    [Fact]
    public void PassiveVoiceSwapsTheRoles()
    {
        const string s = "Biden was praised by Obama.";
        Assert.Contains("cue:praise:obj", Features(s, "Biden").Keys);   // "Biden was praised": Biden is praised
        Assert.Contains("cue:praise:subj", Features(s, "Obama").Keys);  // "by Obama": Obama praises
    }

    [Fact]
    public void WordsAreBucketedByDistanceAndSide()
    {
        const string s = "Yesterday morning in the capital city of the republic Merkel met the visiting Chinese premier briefly.";
        var f = Features(s, "Merkel");
        Assert.Contains("w:L1-3:republic", f.Keys);      // distance 1
        Assert.Contains("w:L4-8:capital", f.Keys);       // distance 6
        Assert.Contains("w:Lfar:yesterday", f.Keys);     // distance 9
        Assert.Contains("w:L4-8:morning", f.Keys);       // distance 8
        Assert.Contains("w:R1-3:met", f.Keys);
        Assert.Contains("w:R4-8:premier", f.Keys);       // distance 5
        Assert.Contains("b:R:met_the", f.Keys);
        Assert.Contains("m:merkel", f.Keys);
    }

    [Fact]
    public void NegationFlipsTheWindowValence()
    {
        // VADER lexicon: "good" is +1.9; "not good" → 1.9 × −0.74 = −1.406, divided by 4.
        var plain = Features("Sanders is good.", "Sanders");
        var negated = Features("Sanders is not good.", "Sanders");
        Assert.Equal(1.9 / 4, plain["v+:R1-3"], 1e-9);
        Assert.False(negated.ContainsKey("v+:R1-3"));
        Assert.Equal(1.9 * 0.74 / 4, negated["v-:R1-3"], 1e-9);
    }

    [Fact]
    public void QuotationsMarkTheSpeakerAndQuotedMentions()
    {
        const string s = "Trump said “Clinton is a disaster” on Monday.";
        var trump = Features(s, "Trump");
        var clinton = Features(s, "Clinton");
        Assert.Contains("quote:speaker", trump.Keys);
        Assert.True(trump["quote:own_words"] < 0); // "disaster" is negative in VADER
        Assert.Contains("quote:inside", clinton.Keys);
        Assert.DoesNotContain("quote:speaker", clinton.Keys);
        Assert.Contains("quote:present", clinton.Keys);
    }

    [Fact]
    public void TheClauseOfTheMentionIsSeparatedAtBut()
    {
        const string s = "Trump loves the plan, but Pelosi hates the deal.";
        var trump = Features(s, "Trump");
        var pelosi = Features(s, "Pelosi");
        Assert.Contains("cv+", trump.Keys);
        Assert.DoesNotContain("cv-", trump.Keys);
        Assert.Contains("c:plan", trump.Keys);
        Assert.Contains("cv-", pelosi.Keys);
        Assert.DoesNotContain("cv+", pelosi.Keys);
        Assert.Contains("c:deal", pelosi.Keys);
        Assert.DoesNotContain("c:plan", pelosi.Keys);
    }

    [Fact]
    public void OtherNamesAreCounted()
    {
        Assert.Contains("others:1", Features("Erdogan praised Putin.", "Putin").Keys);
        Assert.Contains("others:2+", Features("Erdogan praised Putin and thanked Xi.", "Putin").Keys);
        Assert.Contains("others:0", Features("The senator resigned, said Warren.", "Warren").Keys);
    }

    [Fact]
    public void ABadSpanIsRejected()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => TargetFeatures.Extract("Short.", 3, 30));
        Assert.Contains("inside the sentence of 6 characters", e.Message);
    }
}
