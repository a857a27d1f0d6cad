using NewsLens.Actors;
using NewsLens.Corpora;
using NewsLens.Stance;

namespace NewsLens.Tests.Actors;

/// <summary>
/// Joined speakers, participial cues ("…, saying …", "…, accusing …") and cues that only introduce a quotation. The
/// sentences are copied from (or modelled on) the sample articles in data/s400; the expected speakers, cues and texts
/// were written down by reading the sentences, not taken from the program's output.
/// </summary>
public class ReportedSpeechRulesTests
{
    private static readonly Lazy<IReadOnlyList<QuoteRow>> Sample = new(() => QuoteExtraction.Find(Corpus.Load(SharedData.Repo("data", "s400"))));

    private static IReadOnlyList<QuoteRow> Rows(string text, DateTime? date = null) => QuoteExtraction.Find([Document.Create("d", text, date: date)]);

    private static ReportedSpeech? Reported(string sentence) => QuoteAttribution.Reported(sentence, 0, sentence.Length);

    // 004
    private const string EngelMcCaul = "Republican Congressmen Eliot Engel and Michael McCaul said they cautioned Cavusoglu that deepening ties with "
        + "Moscow “will risk sanctions and Turkey’s involvement in the F-35 programme”.";

    [Fact]
    public void Joined_speakers_each_get_the_reported_speech_and_the_quotation()
    {
        var reported = Rows(EngelMcCaul).Where(r => r.Kind == "reported").ToList();
        Assert.Equal(["Eliot Engel", "Michael McCaul"], reported.Select(r => r.SpeakerRaw));
        Assert.All(reported, r => Assert.Equal("said", r.Cue));
        Assert.All(reported, r => Assert.StartsWith("they cautioned Cavusoglu that deepening ties with Moscow", r.Text));
        Assert.Single(reported.Select(r => (r.Text, r.Start, r.End)).Distinct());
        var direct = Rows(EngelMcCaul).Where(r => r.Kind == "direct").ToList();
        Assert.Equal(["Eliot Engel", "Michael McCaul"], direct.Select(r => r.SpeakerRaw));
        Assert.All(direct, r => Assert.Equal("will risk sanctions and Turkey’s involvement in the F-35 programme", r.Text));

        var speech = Reported(EngelMcCaul)!;
        Assert.Equal(["Eliot Engel", "Michael McCaul"], speech.Speakers);
        Assert.Equal(("Eliot Engel and Michael McCaul", "joined"), (speech.Speaker, speech.Rule));
    }

    [Fact]
    public void Joined_speakers_named_in_the_next_sentence_share_the_quotation()
    {
        // 004: "whose Democratic chairman and ranking Republican member said they “made clear …”" – the two congressmen
        var quote = Sample.Value.Where(r => r.Kind == "direct" && r.Text == "made clear our bipartisan opposition").ToList();
        Assert.Equal(["Eliot Engel", "Michael McCaul"], quote.Select(r => r.Speaker).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_name_after_a_verb_is_no_joined_speaker()
    {
        // "Putin" is the object of "met", not a second subject of "said"
        var row = Assert.Single(Rows("Erdogan met Putin and Michael McCaul said the talks on the S-400 purchase were useful."));
        Assert.Equal(("Michael McCaul", "said"), (row.SpeakerRaw, row.Cue));
        // an organisation whose name holds "and" is one speaker
        const string center = "The Center for Economics and Foreign Policy Studies said the missile deal may not be enough.";
        Assert.Equal(["Center for Economics and Foreign Policy Studies"], Reported(center)!.Speakers);
    }

    [Fact]
    public void A_participle_takes_the_subject_of_the_main_clause()
    {
        // 004: "He" is Fuad Oktay, named in the sentence before
        const string text = "Turkey’s Vice President Fuad Oktay replied on Twitter saying that “The United States must choose” about whether "
            + "to remain allied with Ankara. He raised the contentious relationship of US support for Kurdish forces in Syria, accusing "
            + "Washington of “joining forces with terrorists”.";
        var rows = Rows(text);
        var accusing = rows.Single(r => r.Kind == "reported" && r.Cue == "accusing");
        Assert.Equal(("Fuad Oktay", "Washington of “joining forces with terrorists”"), (accusing.SpeakerRaw, accusing.Text));
        var quote = rows.Single(r => r.Kind == "direct" && r.Text == "joining forces with terrorists");
        Assert.Equal(("Fuad Oktay", "accusing"), (quote.SpeakerRaw, quote.Cue));
        var replied = rows.Single(r => r.Kind == "reported" && r.Cue == "replied");
        Assert.Equal("Fuad Oktay", replied.SpeakerRaw);
    }

    [Fact]
    public void Saying_after_the_main_clause_is_reported_speech_of_its_subject()
    {
        // 004: Shanahan's optimism was missed before
        const string text = "Acting Defense Secretary Patrick Shanahan also expressed optimism, saying he is confident that the Patriot system proposal will work out.";
        var row = Assert.Single(Rows(text));
        Assert.Equal(("Patrick Shanahan", "saying", "reported"), (row.SpeakerRaw, row.Cue, row.Kind));
        Assert.Equal("he is confident that the Patriot system proposal will work out", row.Text);
        Assert.Equal("participle", Reported(text)!.Rule);
    }

    [Fact]
    public void A_participle_after_a_speech_verb_shares_its_speaker_and_becomes_the_cue()
    {
        // 004: "he said" only introduces the quotation; what follows "adding that" is reported speech
        const string text = "Cavusoglu, however, said he believes Turkey can convince the US that the S-400 will not be a risk or threat to NATO.\n\n"
            + "“We made very clear that this system will not see any NATO system, including F-35s, as an enemy,” he said, adding that "
            + "Turkey has proposed setting up a technical working group that would ensure that the S-400 did not pose a threat.";
        var adding = Rows(text).Where(r => r.Kind == "reported").Last();
        Assert.Equal(("Cavusoglu", "adding"), (adding.SpeakerRaw, adding.Cue));
        Assert.Equal("Turkey has proposed setting up a technical working group that would ensure that the S-400 did not pose a threat", adding.Text);
    }

    [Fact]
    public void A_participle_followed_by_that_needs_no_comma()
    {
        // 000
        const string text = "Turkish Defence Industry Directorate Ismail Demir sent a chilling warning to his country’s opponents stating that "
            + "Turkey hadn’t just bought the Russian missiles for show, and that they would be put into use.";
        var row = Assert.Single(Rows(text));
        Assert.Equal(("Ismail Demir", "stating"), (row.SpeakerRaw, row.Cue));
        Assert.StartsWith("Turkey hadn’t just bought the Russian missiles for show", row.Text);
    }

    [Fact]
    public void A_relative_clause_speaks_for_its_antecedent()
    {
        // modelled on 002 (whose sentence is a passive, "was further stressed by": PassiveSpeakerTests)
        const string text = "Turkey’s need for the S-400 system was discussed with Foreign Affairs Minister Mevlut Cavusoglu, who accused Washington of pressuring allies.";
        var row = Assert.Single(Rows(text));
        Assert.Equal(("Mevlut Cavusoglu", "accused", "Washington of pressuring allies"), (row.SpeakerRaw, row.Cue, row.Text));
    }

    [Fact]
    public void A_possessive_role_description_speaks_and_resolves_to_the_office_holder()
    {
        // 004 (April 2019): Turkey's foreign minister was Mevlut Cavusoglu
        var row = Sample.Value.Single(r => r.Kind == "reported" && r.Text.StartsWith("buying the Russian S-400 system", StringComparison.Ordinal));
        Assert.Equal(("Turkey’s foreign minister", "Mevlut Cavusoglu", "saying"), (row.SpeakerRaw, row.Speaker, row.Cue));
        var quote = Sample.Value.Single(r => r.Kind == "direct" && r.Text.StartsWith("is a done deal", StringComparison.Ordinal));
        Assert.Equal("Mevlut Cavusoglu", quote.Speaker);
    }

    [Theory]
    // "saying" and "warning" as nouns
    [InlineData("Mevlut Cavusoglu repeated an old Turkish saying about patience.")]
    [InlineData("Ismail Demir sent a chilling warning to his country’s opponents.")]
    // the main clause's subject is no actor
    [InlineData("The new radar was tested on Monday, warning pilots of incoming aircraft.")]
    [InlineData("US-made F-16 fighter jets flew over the base, warning of a threat to the radars.")]
    [InlineData("Turkey’s decision to buy the S-400 was announced in July, saying nothing about the F-35.")]
    // a sentence-initial participle is no cue of its own
    [InlineData("Calling the deal historic, the newspaper printed a map of the bases.")]
    public void Participles_without_an_actor_subject_give_no_speaker(string sentence)
    {
        Assert.Empty(Rows(sentence));
        Assert.Null(Reported(sentence));
    }

    [Fact]
    public void A_cue_that_only_introduces_a_quotation_is_no_reported_speech()
    {
        // 004: the quotation is Cavusoglu's; "at the Atlantic Council on Wednesday morning" is not something he said
        const string text = "“We couldn’t get it for 10 years,” Cavusoglu said at the Atlantic Council on Wednesday morning. “That’s why we had to buy from Russia.";
        var rows = Rows(text);
        Assert.All(rows, r => Assert.Equal("direct", r.Kind));
        Assert.Equal("Cavusoglu", rows[0].SpeakerRaw);
        var speech = QuoteAttribution.Reported(text, 0, text.IndexOf("morning.", StringComparison.Ordinal) + 8)!;
        Assert.True(speech.IntroducesQuotation);
        Assert.Equal("Cavusoglu", speech.Speaker);
        // 001: "when asked how they would resolve the row" is the writer's, not Erdogan's
        Assert.DoesNotContain(Sample.Value, r => r.Text.StartsWith("when asked", StringComparison.Ordinal));
    }

    [Fact]
    public void Reported_that_is_a_cue_and_its_subject_the_speaker()
    {
        // 002: RT's report (the sentence ends in a colon, which the row's text leaves out)
        var rt = Sample.Value.Single(r => r.DocumentId.StartsWith("002", StringComparison.Ordinal) && r.SpeakerRaw == "RT");
        Assert.Equal(("reported", "reported"), (rt.Cue, rt.Kind));
        Assert.StartsWith("President Recep Tayyip Erdogan concluded a deal with the Russian Federation", rt.Text);
        Assert.EndsWith("cancel their F-35 deal with the country", rt.Text);
        var wsj = Assert.Single(Rows("The Wall Street Journal reports that the US is considering tighter enforcement."));
        Assert.Equal(("Wall Street Journal", "reports", "the US is considering tighter enforcement"), (wsj.SpeakerRaw, wsj.Cue, wsj.Text));
        // without "that" (or without a subject) "reported" is no cue of its own
        Assert.Empty(Rows("Turkey reported a rise in its arms exports last year."));
        Assert.Empty(Rows("It was reported that the first batteries had arrived."));
    }

    [Fact]
    public void Sample_rows_fixed_by_these_rules()
    {
        QuoteRow One(string doc, string kind, string startsWith) =>
            Sample.Value.Single(r => r.DocumentId.StartsWith(doc, StringComparison.Ordinal) && r.Kind == kind && r.Text.StartsWith(startsWith, StringComparison.Ordinal));
        Assert.Equal(("Fuad Oktay", "accusing"), (One("004", "direct", "joining forces with terrorists").Speaker, One("004", "direct", "joining forces with terrorists").Cue));
        Assert.Equal(("Patrick Shanahan", "saying"), (One("004", "reported", "he is confident").Speaker, One("004", "reported", "he is confident").Cue));
        Assert.Equal("adding", One("004", "reported", "Turkey has proposed setting up").Cue);
        var mccaul = Sample.Value.Where(r => r.Kind == "reported" && r.Text.StartsWith("they cautioned Cavusoglu", StringComparison.Ordinal)).ToList();
        Assert.Equal(["Eliot Engel", "Michael McCaul"], mccaul.Select(r => r.Speaker));
    }
}
