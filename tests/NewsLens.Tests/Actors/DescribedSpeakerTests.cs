using NewsLens.Actors;
using NewsLens.Corpora;
using NewsLens.Stance;

namespace NewsLens.Tests.Actors;

/// <summary>
/// Speakers described rather than named ("One NATO insider told", "Pentagon leaders say", "The Trump administration
/// warned"), "the US" as a speaker, and lists of three or more speakers. The sentences are copied from (or modelled on) the
/// sample articles in data/s400; the expected speakers, cues and texts were written down by reading the sentences, and the
/// expected actors are the bundled dictionary's names for the actor named inside the phrase (NATO, State Department,
/// Pentagon; Trump's country for "The Trump administration").
/// </summary>
public class DescribedSpeakerTests
{
    private static readonly Lazy<IReadOnlyList<QuoteRow>> Sample = new(() => QuoteExtraction.Find(Corpus.Load(SharedData.Repo("data", "s400"))));

    private static IReadOnlyList<QuoteRow> Rows(string text) => QuoteExtraction.Find([Document.Create("d", text)]);

    private static ReportedSpeech? Reported(string sentence) => QuoteAttribution.Reported(sentence, 0, sentence.Length);

    public static TheoryData<string, string, string, string, string> SampleRows => new()
    {
        // document, SpeakerRaw, Speaker, Cue, Text
        { "000", "One NATO insider", "NATO", "told", "this plan by Turkey’s government was ridiculous" },
        { "001", "The Trump administration", "United States", "warned",
            "Ankara it could face sanctions, but said Ankara could be spared if it does not activate the S-400 system" },
        { "001", "A senior US State Department official", "State Department", "said",
            "last week that Turkey needed to get rid of the S-400s it had already bought to mend fences" },
        { "001", "US", "United States", "asked",
            "Ankara to show restraint in its operation, which the latter claims is to clear Kurdish militias is considers terrorists" },
        { "004", "US", "United States", "saying",
            "it is not compatible with other allied systems and would represent a threat to the F-35 stealth aircraft" },
        { "004", "Pentagon leaders", "Pentagon", "say", "there is still hope for some type of negotiated settlement" },
    };

    [Theory]
    [MemberData(nameof(SampleRows))]
    public void Sample_sentences_with_described_speakers_are_attributed(string doc, string raw, string speaker, string cue, string text)
    {
        var row = Assert.Single(Sample.Value, r => r.DocumentId.StartsWith(doc, StringComparison.Ordinal) && r.Kind == "reported" && r.Text == text);
        Assert.Equal((raw, speaker, cue), (row.SpeakerRaw, row.Speaker, row.Cue));
    }

    [Theory]
    [InlineData("Russian officials said the first S-400 deliveries would arrive in July.", "Russian officials", "Russia")]
    [InlineData("Turkish diplomats told reporters that Ankara would not step back from the deal.", "Turkish diplomats", "Turkey")]
    [InlineData("Russia’s defence ministry said the S-400 deliveries would arrive in July.", "Russia’s defence ministry", "Russia")]
    [InlineData("Two senior NATO officials warned that the S-400 could not be integrated.", "Two senior NATO officials", "NATO")]
    // the name inside is a person: the description speaks for the person's country, not for the person
    [InlineData("The Erdogan government insisted that the deal was done.", "The Erdogan government", "Turkey")]
    public void A_description_with_an_actor_inside_speaks_for_that_actor(string sentence, string raw, string actor)
    {
        var row = Assert.Single(Rows(sentence));
        Assert.Equal((raw, actor, "reported"), (row.SpeakerRaw, row.Speaker, row.Kind));
        Assert.Equal("description", Reported(sentence)!.Rule);
    }

    [Fact]
    public void A_description_speaks_quotations_and_according_to_phrases()
    {
        var told = Rows("“The S-400 is a done deal,” a senior Turkish official told Reuters.").Single(r => r.Kind == "direct");
        Assert.Equal(("a senior Turkish official", "Turkey", "The S-400 is a done deal,"), (told.SpeakerRaw, told.Speaker, told.Text));
        var after = Assert.Single(Rows("“This plan is ridiculous,” said one NATO insider."));
        Assert.Equal(("one NATO insider", "NATO"), (after.SpeakerRaw, after.Speaker));
        var according = Assert.Single(Rows("The first S-400 batteries will arrive in July, according to Russian officials."));
        Assert.Equal(("Russian officials", "Russia", "according to"), (according.SpeakerRaw, according.Speaker, according.Cue));
        Assert.Equal("The first S-400 batteries will arrive in July", according.Text);
        // an appositive between the description and its verb
        var appositive = Assert.Single(Rows("A NATO official, speaking on condition of anonymity, said the alliance was worried about the radars."));
        Assert.Equal(("A NATO official", "NATO", "said"), (appositive.SpeakerRaw, appositive.Speaker, appositive.Cue));
        // the subject of a participle's main clause
        var saying = Assert.Single(Rows("Russian officials met their Turkish counterparts in Ankara, saying the deliveries would start in July."));
        Assert.Equal(("Russian officials", "Russia", "saying"), (saying.SpeakerRaw, saying.Speaker, saying.Cue));
        Assert.Equal("the deliveries would start in July", saying.Text);
    }

    [Fact]
    public void A_description_of_no_known_actor_keeps_the_phrase_as_the_speaker()
    {
        // a made-up company: no mention, no dictionary entry; the row still says who spoke, as written
        var row = Assert.Single(Rows("Zarvonix Dynamics officials said the radar parts would arrive in July."));
        Assert.Equal(("Zarvonix Dynamics officials", "Zarvonix Dynamics officials"), (row.SpeakerRaw, row.Speaker));
    }

    [Theory]
    // no speech cue: officials who meet or threaten say nothing (004: "Other US officials have stopped short of threatening …")
    [InlineData("NATO officials met in Brussels.")]
    [InlineData("Other US officials have stopped short of threatening Turkey’s underlying relationship with the US or NATO over the S-400 purchase.")]
    [InlineData("As a result, US government leaders have repeatedly threatened to shut down Turkey’s participation in the F-35 programme if the Russian deal goes through.")]
    // no actor inside the description: nobody is named, so no speaker (not even the phrase)
    [InlineData("A senior official said last week that Turkey needed to get rid of the S-400s.")]
    [InlineData("Some experts believe that Mr Erdogan is attempting to attain weapons from both Russia and the US.")]
    // the description is not the subject of its clause's verb
    [InlineData("Turkey rejected what NATO officials said about the S-400 purchase.")]
    // "US" qualifies a noun or is the object of a preposition
    [InlineData("US sanctions hit the Turkish economy, adding to the pressure on Ankara.")]
    [InlineData("Turkish pilots trained in the US said nothing about the S-400.")]
    // "according to the X" names an institution only when no noun follows (a State Department briefing)
    [InlineData("About 100 missile silos were detected, according to the Monterey experts.")]
    public void Sentences_without_a_described_speaker_give_no_row(string sentence)
    {
        Assert.Empty(Rows(sentence));
        Assert.Null(Reported(sentence));
    }

    [Theory]
    [InlineData("NATO spokesman Oana Lungescu said the alliance was concerned about the S-400.", "Oana Lungescu")]
    [InlineData("One NATO insider, Jamie Shea, said that the plan was ridiculous.", "Jamie Shea")]
    [InlineData("Mike Pompeo, a senior US official, said the tests were concerning.", "Mike Pompeo")]
    public void A_named_person_wins_over_a_description(string sentence, string speaker)
    {
        var row = Assert.Single(Rows(sentence));
        Assert.Equal(speaker, row.SpeakerRaw);
    }

    [Fact]
    public void A_pronoun_never_refers_to_a_group_or_an_institution()
    {
        // "he" is Erdogan, named before the quotation by Pentagon leaders
        const string text = "President Recep Tayyip Erdogan spoke in Ankara on Friday.\n\n“The deal is a threat,” Pentagon leaders said.\n\n"
            + "Later he said that the S-400 deal was done.";
        var rows = Rows(text);
        Assert.Equal("Pentagon leaders", rows.Single(r => r.Kind == "direct").SpeakerRaw);
        var later = rows.Single(r => r.Kind == "reported" && r.Cue == "said");
        Assert.Equal(("Recep Tayyip Erdogan", "the S-400 deal was done"), (later.SpeakerRaw, later.Text));
    }

    [Theory]
    [InlineData("The US said the purchase would trigger sanctions.", "said", "the purchase would trigger sanctions")]
    [InlineData("The US has asked Ankara to show restraint in its operation.", "asked", "Ankara to show restraint in its operation")]
    // 004
    [InlineData("The US and other NATO allies have repeatedly complained about the purchase of the S-400 system, saying it is not compatible with other allied systems.",
        "saying", "it is not compatible with other allied systems")]
    public void The_US_is_a_speaker(string sentence, string cue, string text)
    {
        var row = Assert.Single(Rows(sentence));
        Assert.Equal(("US", "United States", cue, text), (row.SpeakerRaw, row.Speaker, row.Cue, row.Text));
    }

    [Fact]
    public void Institutions_written_with_title_words_speak_and_join_lists()
    {
        var both = Rows("Turkey and the US said talks on the S-400 would continue.");
        Assert.Equal(["Turkey", "United States"], both.Select(r => r.Speaker));
        var pentagon = Assert.Single(Rows("The delivery of F-35 parts was stopped, according to the Pentagon."));
        Assert.Equal(("Pentagon", "Pentagon"), (pentagon.SpeakerRaw, pentagon.Speaker));
        // titles are still stripped from names: "US" before a name is a title
        Assert.Equal("Mike Pence", Assert.Single(Rows("US Vice President Mike Pence warned Turkey on Wednesday.")).SpeakerRaw);
    }

    [Theory]
    [InlineData("Russia, Turkey and Iran said they would meet again in Sochi.", new[] { "Russia", "Turkey", "Iran" })]
    [InlineData("Russia, Turkey, and Iran said they would meet again in Sochi.", new[] { "Russia", "Turkey", "Iran" })]
    [InlineData("Eliot Engel, Michael McCaul and Mike Pompeo said they cautioned Cavusoglu.", new[] { "Eliot Engel", "Michael McCaul", "Mike Pompeo" })]
    [InlineData("Russia, Turkey and Iran met in Sochi, saying they would cooperate on air defence.", new[] { "Russia", "Turkey", "Iran" })]
    // a lead-in phrase or word before the list is no speaker
    [InlineData("In Ankara, Erdogan and Putin said the deal was done.", new[] { "Erdogan", "Putin" })]
    [InlineData("Meanwhile, Russia and Iran said the deal was done.", new[] { "Russia", "Iran" })]
    // the object of another verb is no speaker
    [InlineData("Erdogan met Putin, Rouhani and Aliyev said the deal was done.", new[] { "Rouhani", "Aliyev" })]
    public void Lists_of_speakers_give_one_row_per_speaker(string sentence, string[] speakers)
    {
        var rows = Rows(sentence);
        Assert.Equal(speakers, rows.Select(r => r.SpeakerRaw));
        Assert.Single(rows.Select(r => (r.Text, r.Cue, r.Start, r.End)).Distinct());
        Assert.Equal(speakers, Reported(sentence)!.Speakers);
    }

    [Fact]
    public void A_list_of_three_is_written_with_commas()
    {
        var speech = Reported("Russia, Turkey and Iran said they would meet again in Sochi.")!;
        Assert.Equal(("Russia, Turkey and Iran", "joined"), (speech.Speaker, speech.Rule));
        var quote = Assert.Single(QuoteAttribution.Attribute("“We will meet again in Sochi,” said Erdogan, Putin and Rouhani."));
        Assert.Equal(["Erdogan", "Putin", "Rouhani"], quote.Speakers);
    }

    [Theory]
    [InlineData("One NATO insider", "NATO", false)]
    [InlineData("A senior US State Department official", "US State Department", false)]
    [InlineData("Pentagon leaders", "Pentagon", true)]
    [InlineData("The Trump administration", "Trump", true)]
    [InlineData("Russia’s Foreign Ministry officials", "Foreign Ministry", true)]
    [InlineData("Turkey’s foreign minister", "Turkey", false)]
    public void The_actor_inside_a_description(string speaker, string inside, bool collective)
    {
        Assert.Equal(inside, SpeakerDescriptions.ActorIn(speaker));
        Assert.Equal(collective, SpeakerDescriptions.IsCollective(speaker));
    }

    [Theory]
    [InlineData("A senior official")]
    [InlineData("Mike Pence")]
    [InlineData("NATO")]
    [InlineData("Turkey’s decision")]
    public void No_actor_inside_names_or_descriptions_that_name_no_one(string speaker) =>
        Assert.Null(SpeakerDescriptions.ActorIn(speaker));

    [Fact]
    public void A_description_resolves_to_the_mention_inside_and_a_person_to_his_country()
    {
        var mentions = new List<ActorMention>
        {
            new("d", 0, 4, 9, "Trump", "Donald Trump", ActorKind.Person, "United States"),
            new("d", 1, 60, 64, "NATO", "NATO", ActorKind.Organisation, null),
            new("d", 2, 90, 95, "Putin", "Vladimir Putin", ActorKind.Person, null),
        };
        Assert.Equal("United States", QuotesSpeakerResolver.Resolve("The Trump administration", mentions));
        Assert.Equal("NATO", QuotesSpeakerResolver.Resolve("One NATO insider", mentions));
        // a person with no known country: the description stays unresolved rather than becoming the person
        Assert.Null(QuotesSpeakerResolver.Resolve("Putin aides", mentions));
        // no mention inside: the dictionary's actor of the name
        Assert.Equal("Russia", QuotesSpeakerResolver.Resolve("Russian officials", mentions, ActorDictionary.Default));
        Assert.Null(QuotesSpeakerResolver.Resolve("Russian officials", mentions, ActorDictionary.Empty));
    }

    [Fact]
    public void The_stance_resolver_maps_a_description_to_the_actor_inside()
    {
        var docs = new[] { Document.Create("d", "The Trump administration warned Ankara. One NATO insider told reporters the plan was ridiculous.") };
        var resolve = ActorResolvers.FromAnalysis(new ActorRecognizer().Analyze(docs));
        Assert.Equal("United States", resolve("The Trump administration"));
        Assert.Equal("NATO", resolve("One NATO insider"));
        Assert.Null(resolve("A senior official"));
    }
}
