using NewsLens.Actors;
using static NewsLens.Tests.Actors.SentenceQuotes;

namespace NewsLens.Tests.Actors;

/// <summary>
/// Cue verbs that may name an act rather than speech (respond, reply, answer, counter, write, declare, and "states", mostly
/// a noun) report speech only with a speech complement: a quotation, "that", a colon, a comma and a quotation, or "to" and
/// something said or asked. The sentences are constructed (some after the bundled State Department press releases) and
/// the expected speakers written down by reading them.
/// </summary>
public class SpeechComplementTests
{
    [Theory]
    [InlineData("Instead of meeting this request with dignity and open debate, PRC authorities responded with violence.")]
    [InlineData("Back in 2010, NATO wrote a strategic concept that did not mention China.")]
    [InlineData("Ethiopia declared a unilateral ceasefire and pulled its troops out of the Tigray region.")]
    [InlineData("Erdogan answered the call of the party congress in Ankara.")]
    [InlineData("The Cuban government responded not by listening to its people but by arbitrary detentions.")]
    [InlineData("Putin countered the sanctions with an export ban on grain.")]
    [InlineData("The Gulf states promised to help Gaza despite the fighting.")]
    [InlineData("Sirik Matak wrote in 1975 when the Khmer Rouge entered the city.")]
    [InlineData("The United States funds shelters in Liberia, responding to all forms of gender-based violence.")]
    public void A_cue_verb_naming_an_act_is_no_speech(string sentence)
    {
        Assert.Null(Reported(sentence));
        Assert.DoesNotContain(Rows(sentence), r => r.Kind == "reported");
    }

    [Theory]
    [InlineData("The Chinese Foreign Ministry responded that the report was a pack of lies.", "Chinese Foreign Ministry", "responded")]
    [InlineData("Blinken wrote in a letter to Congress that the sale would go ahead next year.", "Blinken", "wrote")]
    [InlineData("Erdogan replied on Twitter: Turkey will never bow to threats from its allies.", "Erdogan", "replied")]
    [InlineData("Cavusoglu responded to a question about the S-400 by calling the purchase a done deal.", "Cavusoglu", "responded")]
    [InlineData("The Kremlin responded to the accusations with a long statement about Western hypocrisy.", "Kremlin", "responded")]
    [InlineData("Putin declared in a joint statement that the partnership has no limits at all.", "Putin", "declared")]
    [InlineData("Pompeo answered angrily that the United States would not accept the purchase.", "Pompeo", "answered")]
    [InlineData("Akar met the press in Ankara, responding to reporters that the system would be deployed in April.", "Akar", "responding")]
    public void A_cue_verb_with_a_speech_complement_is_speech(string sentence, string speaker, string cue)
    {
        var speech = Reported(sentence);
        Assert.NotNull(speech);
        Assert.Equal((speaker, cue), (speech.Speaker, speech.Cue));
    }

    [Fact]
    public void A_cue_verb_followed_or_closed_by_a_quotation_attributes_it()
    {
        var colon = Rows("George Santayana wrote: “Those who cannot remember the past are condemned to repeat it.”");
        Assert.Equal("George Santayana", Assert.Single(colon, r => r.Kind == "direct").SpeakerRaw);
        var comma = Rows("Blinken responded, “We will not accept a purchase that puts our pilots at risk.”");
        Assert.Equal("Blinken", Assert.Single(comma, r => r.Kind == "direct").SpeakerRaw);
        var after = Rows("“We will not accept a purchase that puts our pilots at risk,” Blinken wrote.");
        Assert.Equal("Blinken", Assert.Single(after, r => r.Kind == "direct").SpeakerRaw);
        // after State Department briefings: the speaker's "quote" formula between the verb and the quotation
        var formula = Rows("Ambassador Foley wrote, quote, “In particular, the assertion is false.”");
        Assert.Equal("Foley", Assert.Single(formula, r => r.Kind == "direct").SpeakerRaw);
        var andIQuote = Rows("Baker wrote, and I quote, “an American diplomat should always remember that power divorced from purpose is empty.”");
        Assert.Equal("Baker", Assert.Single(andIQuote, r => r.Kind == "direct").SpeakerRaw);
    }

    [Fact]
    public void A_quotation_beside_a_cue_verb_naming_an_act_gets_no_speaker_from_it()
    {
        // the scare-quoted slogan is no speech of the authorities, who only acted
        var rows = Rows("Protesters chanted “freedom for our country now” in the capital, and PRC authorities responded with violence.");
        Assert.DoesNotContain(rows, r => r.Kind == "reported");
        Assert.Null(Assert.Single(rows).SpeakerRaw);
    }

    [Fact]
    public void Oktay_replied_on_Twitter_saying_that_is_still_speech_in_the_sample()
    {
        // 004: "Turkey’s Vice President Fuad Oktay replied on Twitter saying that “The United States must choose” …"
        var rows = QuoteExtraction.Find([S400Articles.Get("004")]);
        var replied = Assert.Single(rows, r => r.Kind == "reported" && r.Cue == "replied");
        Assert.Equal("Fuad Oktay", replied.SpeakerRaw);
        Assert.Equal("Fuad Oktay", Assert.Single(rows, r => r.Kind == "direct" && r.Text == "The United States must choose").SpeakerRaw);
    }
}
