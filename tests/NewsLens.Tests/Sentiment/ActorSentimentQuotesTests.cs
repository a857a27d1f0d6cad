using NewsLens.Actors;
using NewsLens.Corpora;

namespace NewsLens.Tests.Sentiment;

/// <summary>Who said what, on the sample articles (expectations read off the texts) and on hand-made sentences.</summary>
public class ActorSentimentQuotesTests
{
    private static readonly Lazy<IReadOnlyList<QuoteRow>> Sample = new(() => QuoteExtraction.Find(Corpus.Load(SharedData.Repo("data", "s400"))));

    private static QuoteRow Quote(string startsWith) =>
        Sample.Value.Single(q => q.Kind == "direct" && q.Text.StartsWith(startsWith, StringComparison.Ordinal));

    [Fact]
    public void Townsends_three_paragraph_quotation_is_one_quote_by_Townsend()
    {
        var q = Quote("The threat that Turkey poses is an internal one");
        Assert.Equal("Townsend", q.SpeakerRaw);
        Assert.Equal("Townsend", q.Speaker);
        Assert.Contains("The S-400 example is something", q.Text);
        Assert.EndsWith("that’s what we are seeing happen here.", q.Text);
    }

    [Fact]
    public void Speakers_resolve_to_the_actors_full_names()
    {
        var pence = Quote("Turkey must choose");
        Assert.Equal(("Mike Pence", "Pence", "said"), (pence.Speaker, pence.SpeakerRaw, pence.Cue));
        Assert.Equal("Mevlut Cavusoglu", Quote("We couldn’t get it for 10 years").Speaker);
        var mikheev = Quote("We hope that in the first half of 2020");
        Assert.Equal("Alexander Mikheev", mikheev.Speaker);
        Assert.Equal("cited … as saying", mikheev.Cue);
        var doc = Corpus.Load(SharedData.Repo("data", "s400")).Single(d => d.Id == pence.DocumentId);
        Assert.StartsWith("“Turkey must choose,”", doc.Text[pence.Start..pence.End]);
    }

    [Fact]
    public void Reported_speech_is_found_with_its_cue()
    {
        var warned = Sample.Value.Single(q => q.Kind == "reported" && q.Text.StartsWith("Turkey on Wednesday that it could risk its membership", StringComparison.Ordinal));
        Assert.Equal(("Mike Pence", "warned"), (warned.Speaker, warned.Cue));
        var townsend = Sample.Value.Single(q => q.Kind == "reported" && q.Text.StartsWith("Turkey are posing", StringComparison.Ordinal));
        Assert.Equal(("Townsend", "said"), (townsend.Speaker, townsend.Cue));
    }

    [Fact]
    public void Hand_made_reported_speech_and_straight_quotes()
    {
        var doc = Document.Create("d", "Mevlut Cavusoglu said that Turkey would not step back from the deal.\n\n"
            + "\"We will buy more systems next year,\" Cavusoglu told reporters.\n\n"
            + "The deal is worth $2.5 billion, according to Vladimir Putin.");
        var rows = QuoteExtraction.Find([doc]);
        var reported = rows.First(r => r.Kind == "reported");
        Assert.Equal(("Mevlut Cavusoglu", "said", "Turkey would not step back from the deal"), (reported.Speaker, reported.Cue, reported.Text));
        var direct = rows.Single(r => r.Kind == "direct");
        Assert.Equal(("Mevlut Cavusoglu", "Cavusoglu", "We will buy more systems next year,", "told"), (direct.Speaker, direct.SpeakerRaw, direct.Text, direct.Cue));
        var according = rows.Single(r => r.Cue == "according to");
        Assert.Equal("Vladimir Putin", according.Speaker);
        Assert.Equal("The deal is worth $2.5 billion", according.Text); // the clause "according to" attributes
        Assert.Equal(rows.OrderBy(r => r.Start).ToList(), rows);
    }
}

public class ActorSentimentQuotesTableTests
{
    [Fact]
    public void By_speaker_counts_direct_and_reported_quotes()
    {
        var table = new QuotesTable(
        [
            new QuoteRow("d", "A", "A", "one two three four", "said", "direct", 0, 10),
            new QuoteRow("d", "A", "A", "five six seven eight", "said", "reported", 11, 20),
            new QuoteRow("d", "B", "B", "nine ten eleven twelve", "said", "direct", 21, 30),
            new QuoteRow("d", null, null, "no speaker here at all", null, "direct", 31, 40),
        ]);
        Assert.Equal([("A", 1, 1), ("B", 1, 0)], table.BySpeaker());
        var chart = table.CreateChart()!;
        Assert.Equal(2, chart.Data.Count);
    }
}
