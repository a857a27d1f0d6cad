using NewsLens.Actors;
using static NewsLens.Tests.Actors.SentenceQuotes;

namespace NewsLens.Tests.Actors;

/// <summary>
/// Speakers named as the agent of a passive ("…, was further stressed by X", "It was noted by X that …"), of a citation
/// ("X was quoted as saying") or of something said ("according to remarks by X"). The sentences are constructed (one is from
/// the data/s400 sample) and the expected speakers and texts written down by reading them.
/// </summary>
public class PassiveSpeakerTests
{
    [Fact]
    public void The_agent_of_a_passive_speech_verb_speaks_what_precedes_it()
    {
        const string sentence = "The need to stop the S-400 purchase before July, was further stressed by Jens Stoltenberg at the summit in Brussels.";
        var speech = Reported(sentence)!;
        Assert.Equal(("Jens Stoltenberg", "passive", "was further stressed by"), (speech.Speaker, speech.Rule, speech.Cue));
        var row = Assert.Single(Rows(sentence));
        Assert.Equal(("Jens Stoltenberg", "The need to stop the S-400 purchase before July"), (row.SpeakerRaw, row.Text));
    }

    [Fact]
    public void Cavusoglu_stressed_Turkeys_need_in_the_sample()
    {
        // 002: "Turkey’s need for the S-400 system was further stressed by Foreign Affairs Minister Mevlut Cavusoglu, who
        // accused Washington of pressuring allies." The passive comes first in the sentence: what he stressed is the row.
        var row = Assert.Single(QuoteExtraction.Find([S400Articles.Get("002")]), r => r.Cue == "was further stressed by");
        Assert.Equal(("reported", "Mevlut Cavusoglu", "Turkey’s need for the S-400 system"), (row.Kind, row.SpeakerRaw, row.Text));
    }

    [Fact]
    public void A_that_clause_after_the_agent_is_what_was_said()
    {
        var row = Assert.Single(Rows("It was noted by the Pentagon that Turkey would be removed from the F-35 programme."));
        Assert.Equal(("Pentagon", "Turkey would be removed from the F-35 programme"), (row.SpeakerRaw, row.Text));
        // the addressee is the subject, the agent speaks
        var told = Assert.Single(Rows("Turkey was told by Mike Pence that it risks its place in NATO."));
        Assert.Equal(("Mike Pence", "it risks its place in NATO"), (told.SpeakerRaw, told.Text));
    }

    [Theory]
    [InlineData("The risks were also stressed by several experts.", null)]
    [InlineData("The S-400 deal was signed by Erdogan in Moscow last year.", null)]
    [InlineData("The new radar was tested by Russian engineers near Ankara.", null)]
    // after State Department briefings: readings that are no speech, and a passive describing a noun
    [InlineData("Two small attacks in Libya were claimed by ISIS last month.", null)]
    [InlineData("When Puneet Talwar is confirmed by the Senate, he will go to Rabat.", null)]
    [InlineData("We welcome the comments that were later echoed by Secretary Blinken in Brussels.", null)]
    [InlineData("We note the outcome that has been reported by the Independent High Authority for Elections.", null)]
    [InlineData("The purchase was said by analysts to be a turning point for the alliance.", null)]
    [InlineData("Concerns about the deal were voiced by Eliot Engel and Michael McCaul in Congress.", "Eliot Engel and Michael McCaul")]
    [InlineData("The decision was welcomed in Ankara and was later announced by Russia’s defence ministry on Monday.", "Russia’s defence ministry")]
    public void Only_a_speech_participle_with_a_named_agent_is_a_cue(string sentence, string? speaker) =>
        Assert.Equal(speaker, Reported(sentence)?.Speaker);

    [Fact]
    public void A_direct_quotation_takes_the_agent_of_a_passive()
    {
        var row = Assert.Single(Rows("“The S-400 is a done deal” was stressed by Erdogan on Monday."));
        Assert.Equal(("direct", "Erdogan"), (row.Kind, row.SpeakerRaw));
    }

    [Theory]
    [InlineData("Mevlut Cavusoglu was quoted as saying that the deal could not be reversed.", "Mevlut Cavusoglu")]
    [InlineData("A senior Turkish official was quoted as saying that the deal could not be reversed.", "A senior Turkish official")]
    [InlineData("President Recep Tayyip Erdogan spoke in Ankara. He was quoted by TASS as saying that the deal could not be reversed.", "Recep Tayyip Erdogan")]
    public void The_subject_of_was_quoted_as_saying_speaks(string text, string speaker)
    {
        var row = Assert.Single(Rows(text), r => r.Kind == "reported");
        Assert.Equal(speaker, row.SpeakerRaw);
        Assert.Equal("the deal could not be reversed", row.Text);
    }

    [Theory]
    [InlineData("The deal is done, according to remarks by Dmitry Peskov on Friday.", "Dmitry Peskov", "The deal is done")]
    [InlineData("According to a statement from the Kremlin, the first S-400 batteries will arrive in July.", "Kremlin", "the first S-400 batteries will arrive in July")]
    [InlineData("According to a report by the Center for Economics and Foreign Policy Studies, Turkey paid in roubles.", "Center for Economics and Foreign Policy Studies", "Turkey paid in roubles")]
    public void According_to_something_said_by_X_is_Xs(string sentence, string speaker, string said)
    {
        var row = Assert.Single(Rows(sentence));
        Assert.Equal((speaker, "according to", said), (row.SpeakerRaw, row.Cue, row.Text));
    }

    [Fact]
    public void According_to_a_report_naming_no_one_has_no_speaker() =>
        Assert.Null(Reported("According to a report in the local press, Turkey paid in roubles."));
}
