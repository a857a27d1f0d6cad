using NewsLens.Stance;

namespace NewsLens.Tests.Stance;

public class QuoteAttributionTests
{
    private static List<string?> Speakers(string text) => QuoteAttribution.Attribute(text).Select(a => a.Speaker).ToList();

    [Fact]
    public void Said_after_the_quote_and_subject_before_it()
    {
        Assert.Equal(["Pence"], Speakers("“Turkey must choose,” said Pence."));
        Assert.Equal(["Pence"], Speakers("“Turkey must choose,” Pence said."));
        Assert.Equal(["Mike Pence"], Speakers("US Vice President Mike Pence warned: “Turkey must choose.”"));
    }

    [Fact]
    public void An_appositive_between_name_and_verb_is_skipped()
    {
        Assert.Equal(["Mike Pompeo"], Speakers("Mike Pompeo, Secretary of State, said the tests were \"concerning\"."));
    }

    [Fact]
    public void Pronouns_resolve_to_the_last_titled_person_and_quotes_continue()
    {
        const string text = "Defence Minister Ismail Demir spoke on Monday. He told CNN: “We bought it. “We will use it.”\n\n“It is ours.”";
        var a = QuoteAttribution.Attribute(text);
        Assert.Equal(["Ismail Demir", "Ismail Demir", "Ismail Demir"], a.Select(x => x.Speaker));
        Assert.Equal(["pronoun", "continuation", "continuation"], a.Select(x => x.Rule));
    }

    [Fact]
    public void Cited_as_saying_and_according_to()
    {
        Assert.Equal(["Mikheev"], Speakers("\"We hope to sign,\" RIA news agency cited Mr Mikheev as saying."));
        Assert.Equal(["Fikri Isik"], Speakers("A decision is near, according to Defense Minister Fikri Isik, who called it “final”."));
    }

    [Fact]
    public void The_next_sentence_names_the_speaker_when_the_quote_has_none()
    {
        Assert.Equal(["Michael McCaul"], Speakers("The leaders said they “made clear our opposition” to the plan. Congressman Michael McCaul said it was wrong."));
    }

    [Fact]
    public void Reported_speech_has_a_speaker_and_capitalised_nouns_are_not_verbs()
    {
        const string a = "Pence said Turkey risks expulsion from the programme.";
        Assert.Equal("Pence", QuoteAttribution.ReportedSpeaker(a, 0, a.Length));
        const string b = "The purchase marks a repudiation of the United States and its view.";   // "States" is no verb
        Assert.Null(QuoteAttribution.ReportedSpeaker(b, 0, b.Length));
        const string c = "India, which in June confirmed its commitment, agreed.";               // months are no names
        Assert.Null(QuoteAttribution.ReportedSpeaker(c, 0, c.Length));
    }

    [Fact]
    public void No_name_no_speaker_and_titles_and_months_are_not_names()
    {
        Assert.Equal([null], Speakers("“It is done.”"));
        Assert.Equal("Erdogan", SpeakerNames.DefaultActorKey("Recep Tayyip Erdogan"));
        Assert.Null(SpeakerNames.FromRun(["Secretary", "of", "State"]));
        Assert.Equal("Fuad Oktay", SpeakerNames.FromRun(["Turkey", "Vice", "President", "Fuad", "Oktay"]));
    }
}
