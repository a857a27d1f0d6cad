using NewsLens.Actors;
using static NewsLens.Tests.Actors.SentenceQuotes;

namespace NewsLens.Tests.Actors;

/// <summary>
/// "the latter" / "the former" as the subject of a speech cue: the second / first of the two actors named before it in the
/// same sentence, else in the previous sentence. The sentences are constructed (the data/s400 sample has no such subject);
/// the expected speakers were written down by reading them.
/// </summary>
public class LatterFormerTests
{
    private static QuoteRow ReportedRow(string text) => Assert.Single(Rows(text), r => r.Kind == "reported");

    [Theory]
    [InlineData("Erdogan met Putin in Sochi on Monday. The latter claims the S-400 deliveries will be on time.", "Putin")]
    [InlineData("Erdogan met Putin in Sochi on Monday. The former said the S-400 deliveries will be on time.", "Erdogan")]
    [InlineData("US President Donald Trump spoke to Russian President Vladimir Putin. The latter, however, claims the call was short.", "Vladimir Putin")]
    [InlineData("Turkey and the US are at odds. The former insists the purchase is a sovereign decision.", "Turkey")]
    public void The_latter_and_the_former_are_the_second_and_first_of_the_previous_sentence(string text, string speaker) =>
        Assert.Equal(speaker, ReportedRow(text).SpeakerRaw);

    [Fact]
    public void A_pair_before_it_in_the_same_sentence_comes_first()
    {
        const string text = "Pence met Cavusoglu in Washington. Erdogan called Putin, and the latter said the deal was done.";
        Assert.Equal("Putin", ReportedRow(text).SpeakerRaw);
    }

    [Fact]
    public void The_latter_speaks_a_quotation()
    {
        var row = Assert.Single(Rows("Pence met Cavusoglu in Washington. “The S-400 is a done deal,” the latter said."), r => r.Kind == "direct");
        Assert.Equal("Cavusoglu", row.SpeakerRaw);
    }

    [Theory]
    // one actor named: no pair
    [InlineData("Erdogan arrived on Monday. The latter said the deal was done.")]
    // three actors named: which two is unclear
    [InlineData("Erdogan, Rouhani and Putin met in Sochi. The latter said the deal was done.")]
    // a place is no actor of the pair
    [InlineData("Erdogan spoke in Moscow. The former said the deal was done.")]
    public void Without_a_pair_of_actors_there_is_no_speaker(string text) =>
        Assert.DoesNotContain(Rows(text), r => r.Kind == "reported");

    [Fact]
    public void The_former_as_an_adjective_is_no_antecedent()
    {
        // "the former president" is Bush, found as a role noun after "the" (the last named person), not as "the former"
        var row = ReportedRow("Bush met Obama at the White House. Bush warned about Iran, and the former president said the talks were useful.");
        Assert.Equal("Bush", row.SpeakerRaw);
    }
}
