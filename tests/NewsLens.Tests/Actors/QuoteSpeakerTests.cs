using NewsLens.Actors;
using NewsLens.Corpora;
using NewsLens.Stance;

namespace NewsLens.Tests.Actors;

/// <summary>
/// Speakers of quotations and reported speech. The sentences are copied from the sample articles (data/s400); the
/// expected speakers were written by reading those articles, not taken from the program's output.
/// </summary>
public class QuoteSpeakerTests
{
    private static readonly Lazy<IReadOnlyList<QuoteRow>> Sample = new(() => QuoteExtraction.Find(Corpus.Load(SharedData.Repo("data", "s400"))));

    private static IReadOnlyList<QuoteRow> Rows(string text) => QuoteExtraction.Find([Document.Create("d", text)]);

    // 003: the analyst speaks; "Policy Studies" is the tail of the organisation he works for
    private const string Kasapoglu = "Russian-Turkish relations appeared to be improving after the groups signed a major energy deal in October, "
        + "but Can Kasapoglu, a defense analyst at the Istanbul-based Center for Economics and Foreign Policy Studies, says the missile deal "
        + "may not be enough to create a drastic change.";

    [Fact]
    public void The_speaker_before_a_long_appositive_is_the_person_not_the_tail_of_his_organisation()
    {
        var row = Assert.Single(Rows(Kasapoglu));
        Assert.Equal(("Can Kasapoglu", "says", "reported"), (row.SpeakerRaw, row.Cue, row.Kind));
        Assert.Equal("the missile deal may not be enough to create a drastic change", row.Text);
        Assert.Equal("Can Kasapoglu", QuoteAttribution.ReportedSpeaker(Kasapoglu, 0, Kasapoglu.Length));
    }

    [Fact]
    public void An_organisation_inside_a_prepositional_phrase_is_never_the_speaker()
    {
        // the same sentence without the opening comma: no appositive, so no speaker rather than "Policy Studies"
        const string text = "Experts at the Istanbul-based Center for Economics and Foreign Policy Studies, says the missile deal may not be enough.";
        Assert.Null(QuoteAttribution.ReportedSpeaker(text, 0, text.Length));
    }

    [Fact]
    public void An_organisation_that_speaks_is_named_in_full()
    {
        const string said = "The Center for Economics and Foreign Policy Studies said the missile deal may not be enough to create a drastic change.";
        Assert.Equal("Center for Economics and Foreign Policy Studies", QuoteAttribution.ReportedSpeaker(said, 0, said.Length));
        const string according = "The deal may not be enough to create a drastic change, according to the Center for Economics and Foreign Policy Studies.";
        Assert.Equal("Center for Economics and Foreign Policy Studies", QuoteAttribution.ReportedSpeaker(according, 0, according.Length));
        // a person's titles are still stripped: "Secretary of State" is no organisation
        const string pompeo = "US Secretary of State Mike Pompeo said the tests were concerning.";
        Assert.Equal("Mike Pompeo", QuoteAttribution.ReportedSpeaker(pompeo, 0, pompeo.Length));
    }

    [Fact]
    public void A_pronoun_after_the_organisation_resolves_to_the_analyst()
    {
        const string text = Kasapoglu + " “It would mark one of the most serious achievements for the Russian defense industry,” he noted.";
        var direct = Rows(text).Single(r => r.Kind == "direct");
        Assert.Equal("Can Kasapoglu", direct.SpeakerRaw);
    }

    [Fact]
    public void A_name_in_quotation_marks_inside_a_sentence_without_speech_is_no_quotation()
    {
        // 002: “Triumph” is the system's name; the next paragraph's speaker (Erdogan) did not say it
        const string text = "RT reported on 31 August that President Recep Tayyip Erdogan concluded a deal with the Russian Federation for the "
            + "purchase of the Russian-made S-400 “Triumph” air-defense system, showing the US and NATO that it has alternatives if the "
            + "Americans cancel their F-35 deal with the country:\nSupport The Duran – Browse our Shop >>\n\n"
            + "Recep Tayyip Erdogan … reaffirmed Turkey’s commitment to purchasing the Russian-made S-400 air-defense system, asserting "
            + "that Ankara has alternatives if the Washington cancels its F-35 deal.";
        var triumph = Assert.Single(QuoteAttribution.Attribute(text));
        Assert.Equal("Triumph", triumph.Quote.Content);
        Assert.Null(triumph.Speaker);
        Assert.DoesNotContain(Rows(text), r => r.Kind == "direct");
    }

    [Fact]
    public void A_quote_led_sentence_still_takes_its_speaker_from_the_next_sentence()
    {
        // 004: the chairman and ranking member are named in the next sentence
        const string text = "Cavusoglu also met Wednesday with US Secretary of State Mike Pompeo and leaders of the House of Representatives "
            + "Foreign Affairs Committee, whose Democratic chairman and ranking Republican member said they “made clear our bipartisan "
            + "opposition” to Turkey’s plan to acquire the Russian missile system.\n\nRepublican Congressmen Eliot Engel and Michael McCaul "
            + "said they cautioned Cavusoglu that deepening ties with Moscow “will risk sanctions and Turkey’s involvement in the F-35 programme”.";
        var a = QuoteAttribution.Attribute(text);
        Assert.Equal(["Eliot Engel", "Michael McCaul"], a[0].Speakers); // the chairman and the ranking member
        Assert.Equal("next-sentence", a[0].Rule);
    }

    [Fact]
    public void A_quote_paragraph_after_reported_speech_continues_its_speaker()
    {
        // 000: Shugayev's words follow the paragraph that reports what he told reporters
        const string text = "According to Russian news agency TASS, Head of Russia’s Federal Service for Military and Technical Cooperation "
            + "Dmitry Shugayev told reporters on Sunday the plan was of interest to Moscow.\n\n“Given its competence in manufacturing the "
            + "fifth-generation jet, Russia could take part in this project: in particular, this cooperation is possible in a range of the "
            + "jet’s systems.\n\n“However, it’s early to say that substantive talks have been launched on creating a new jet by Russia and Turkey.”"
            + "\n\nSome experts believe that Mr Erdogan is attempting to attain weapons from both Russia and the US.";
        var quote = Assert.Single(QuoteAttribution.Attribute(text));
        Assert.Equal(("Dmitry Shugayev", "previous-paragraph"), (quote.Speaker, quote.Rule));
        // a quotation inside a sentence is not taken for the previous paragraph's words
        const string inside = "Dmitry Shugayev told reporters the plan was of interest to Moscow.\n\nThe jet is a “fifth-generation design of real interest” for Turkey.";
        Assert.Null(Assert.Single(QuoteAttribution.Attribute(inside)).Speaker);
    }

    [Fact]
    public void A_verb_with_a_reflexive_object_is_no_reported_speech()
    {
        // 003: the author's claim about Turkey, not something Turkey said
        const string text = "Turkey has declared itself an enemy of not only NATO by purchasing Chinese military hardware, but an enemy of "
            + "America when it decided to hold American soldiers hostage at Incirlik airbase… and more than once.";
        Assert.Empty(Rows(text));
        Assert.Single(Rows("Turkey declared that the deal was done."));
    }

    /// <summary>
    /// Who speaks in each sample article, read off the texts (people, and Turkey, Moscow and TASS as institutions; NATO,
    /// the United States, the State Department and the Pentagon through "One NATO insider told", "The Trump administration
    /// warned", "A senior US State Department official said", "The US has asked", "The US and other NATO allies …, saying",
    /// "Pentagon leaders say"; RT through "RT reported on 31 August that …").
    /// </summary>
    public static TheoryData<string, string[]> SpeakersOfTheSample => new()
    {
        { "000", ["Ismail Demir", "Dmitry Shugayev", "Townsend", "NATO"] },
        { "001", ["Russia", "Mike Pompeo", "Alexander Mikheev", "Recep Tayyip Erdogan", "United States", "State Department"] },
        { "002", ["Recep Tayyip Erdogan", "Mevlut Cavusoglu", "Nirmala Sitharaman", "RT"] },
        { "003", ["Fikri Isik", "TASS", "Can Kasapoglu"] },
        { "004", ["Mike Pence", "Turkey", "Fuad Oktay", "Mevlut Cavusoglu", "Eliot Engel", "Michael McCaul", "Patrick Shanahan", "United States", "Pentagon"] },
    };

    [Theory]
    [MemberData(nameof(SpeakersOfTheSample))]
    public void Every_speaker_in_a_sample_article_speaks_there(string doc, string[] speakers)
    {
        var found = Sample.Value.Where(r => r.DocumentId.StartsWith(doc, StringComparison.Ordinal) && r.Speaker is not null).Select(r => r.Speaker!).Distinct();
        Assert.All(found, s => Assert.Contains(s, speakers));
    }

    [Theory]
    [InlineData("000", "direct", "It is not a correct approach", "Ismail Demir")]
    [InlineData("000", "reported", "reporters on Sunday the plan was of interest", "Dmitry Shugayev")]
    [InlineData("000", "direct", "Given its competence in manufacturing", "Dmitry Shugayev")]
    [InlineData("001", "direct", "still talking to the Turks", "Mike Pompeo")]
    [InlineData("001", "direct", "There is a process that is ongoing until April", "Recep Tayyip Erdogan")]
    [InlineData("002", "direct", "The US has been pressuring all its allies", "Mevlut Cavusoglu")]
    [InlineData("002", "direct", "time-tested relationship", "Nirmala Sitharaman")]
    [InlineData("003", "reported", "the missile deal may not be enough", "Can Kasapoglu")]
    [InlineData("003", "direct", "would mark one of the most serious achievements", "Can Kasapoglu")]
    [InlineData("003", "direct", "I suppose after Erdogan’s talks with Putin", "Fikri Isik")]
    [InlineData("004", "direct", "The United States must choose", "Fuad Oktay")]
    [InlineData("004", "direct", "is a done deal", "Mevlut Cavusoglu")]
    [InlineData("004", "direct", "We made very clear that this system", "Mevlut Cavusoglu")]
    public void Sample_quotations_have_their_speakers(string doc, string kind, string startsWith, string speaker)
    {
        var row = Sample.Value.Single(r => r.DocumentId.StartsWith(doc, StringComparison.Ordinal) && r.Kind == kind && r.Text.StartsWith(startsWith, StringComparison.Ordinal));
        Assert.Equal(speaker, row.Speaker);
    }

    [Fact]
    public void Scare_quoted_names_and_self_descriptions_in_the_sample_are_not_quotes()
    {
        Assert.DoesNotContain(Sample.Value, r => r.Text == "Triumph");
        Assert.DoesNotContain(Sample.Value, r => r.Text.StartsWith("itself an enemy", StringComparison.Ordinal));
        Assert.DoesNotContain(Sample.Value, r => r.Speaker is "Policy Studies" || r.SpeakerRaw is "Policy Studies");
    }
}
