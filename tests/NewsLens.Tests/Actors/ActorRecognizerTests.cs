using NewsLens.Actors;
using NewsLens.Corpora;

namespace NewsLens.Tests.Actors;

public class ActorRecognizerTests
{
    private static readonly ActorRecognizer Recognizer = new();

    private static IReadOnlyList<ActorMention> Find(string text, DateTime? date = null) =>
        Recognizer.Find(Document.Create("t", text, date: date));

    [Fact]
    public void Short_aliases_are_case_sensitive()
    {
        Assert.Empty(Find("Let us go, said the man."));
        var m = Assert.Single(Find("Officials from the US arrived."));
        Assert.Equal("United States", m.Actor);
        Assert.Equal("the US", m.Surface);
        Assert.DoesNotContain(Find("In May the talks resumed."), x => x.Kind == ActorKind.Person);
    }

    [Fact]
    public void Longest_alias_wins()
    {
        var m = Find("The United Nations Security Council met.").Single();
        Assert.Equal("UN Security Council", m.Actor);
        Assert.Equal("United Nations Security Council", m.Surface);
    }

    [Theory]
    [InlineData(2010, "Dmitry Medvedev")]
    [InlineData(2015, "Vladimir Putin")]
    public void Role_reference_uses_the_role_valid_on_the_document_date(int year, string expected)
    {
        var m = Find("Talks were held in Sochi. The Russian president said nothing.", new DateTime(year, 6, 1))
            .Single(x => x.Kind == ActorKind.Person);
        Assert.Equal(expected, m.Actor);
        Assert.Equal("The Russian president", m.Surface);
    }

    [Fact]
    public void Role_reference_without_a_date_or_holder_is_not_reported_as_a_person()
    {
        // Two people held the Russian presidency with open-ended or closed roles; with no date nothing is guessed
        // unless exactly one holder is current. Medvedev's role has ended, Putin's is open: Putin.
        var open = Find("The Russian president spoke.").Single(x => x.Kind == ActorKind.Person);
        Assert.Equal("Vladimir Putin", open.Actor);
        // Nobody in the dictionary holds a titled role in Chad: the country word stays a country.
        var chad = Find("The Chadian president spoke.", new DateTime(2019, 1, 1));
        Assert.DoesNotContain(chad, x => x.Kind == ActorKind.Person);
    }

    [Fact]
    public void Role_introduced_in_the_document_resolves_later_references()
    {
        var text = "Turkish Foreign Affairs Minister Selim Arkan met reporters. Later Turkey's foreign minister left.";
        var ms = Recognizer.Find(Document.Create("t", text, date: new DateTime(2019, 4, 3)));
        var arkan = ms.Single(m => m.Surface == "Selim Arkan");
        Assert.Equal("Turkey", arkan.Affiliation);
        var later = ms.Single(m => m.Surface == "Turkey's foreign minister");
        Assert.Equal("Selim Arkan", later.Actor);
    }

    [Fact]
    public void The_alliance_needs_NATO_in_context()
    {
        Assert.DoesNotContain(Find("The alliance met in Brussels. Its members agreed."), m => m.Actor == "NATO");
        var ms = Find("NATO leaders met. Diplomats said the alliance was united.");
        Assert.Equal(2, ms.Count(m => m.Actor == "NATO"));
        var far = Find("NATO leaders met. One. Two. Three. Four. Five. Then the alliance was united.");
        Assert.Single(far, m => m.Actor == "NATO");
    }

    [Fact]
    public void Honorific_joins_the_person_mention()
    {
        var m = Find("Mr Putin arrived.").Single();
        Assert.Equal("Mr Putin", m.Surface);
        Assert.Equal("Vladimir Putin", m.Actor);
        Assert.Equal(0, m.Start);
    }

    [Fact]
    public void Sentence_index_comes_from_the_splitter()
    {
        var byLine = new ActorRecognizer(ActorDictionary.Default, new ActorRecognizerOptions
        {
            SentenceSpans = text =>
            {
                var spans = new List<(int, int)>();
                int start = 0;
                for (int i = 0; i <= text.Length; i++)
                    if (i == text.Length || text[i] == '\n') { spans.Add((start, i)); start = i + 1; }
                return spans;
            },
        });
        var ms = byLine.Find(Document.Create("t", "Turkey. Russia.\nIndia\nChina. Iran"));
        Assert.Equal([0, 0, 1, 2, 2], ms.Select(m => m.Sentence));
        var defaults = Recognizer.Find(Document.Create("t", "Turkey. Russia.\nIndia\nChina. Iran"));
        Assert.Equal([0, 1, 2, 2, 3], defaults.Select(m => m.Sentence));
    }

    [Fact]
    public void Surnames_resolve_across_documents_only_in_Analyze()
    {
        var a = Document.Create("a", "Defence Minister Jana Novakova of Ruritania said the deal was done.");
        var b = Document.Create("b", "Novakova said talks would go on.");
        Assert.DoesNotContain(Recognizer.Find(b), m => m.Kind == ActorKind.Person);
        var analysis = Recognizer.Analyze([a, b]);
        var inB = analysis.Mentions.Single(m => m.DocumentId == "b");
        Assert.Equal("Jana Novakova", inB.Actor);
        Assert.Equal(2, analysis["Jana Novakova"]!.Documents);
        var off = new ActorRecognizer(ActorDictionary.Default, new ActorRecognizerOptions { ResolveAcrossDocuments = false });
        Assert.DoesNotContain(off.Analyze([a, b]).Mentions, m => m.DocumentId == "b");
    }

    [Fact]
    public void Empty_text_and_unordered_sentence_spans_are_handled()
    {
        Assert.Empty(Find(""));
        var reversed = new ActorRecognizer(ActorDictionary.Default, new ActorRecognizerOptions
        {
            SentenceSpans = text => [(8, text.Length), (0, 7)],
        });
        var ms = reversed.Find(Document.Create("t", "Turkey. Russia."));
        Assert.Equal([0, 1], ms.Select(m => m.Sentence));
    }

    [Fact]
    public void Options_are_validated()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() =>
            new ActorRecognizer(ActorDictionary.Default, new ActorRecognizerOptions { ContextSentences = -1 }));
        Assert.Contains("ContextSentences must be 0 or more", ex.Message);
    }

    [Fact]
    public void Empty_dictionary_still_discovers_titled_people()
    {
        var r = new ActorRecognizer(ActorDictionary.Empty);
        var ms = r.Find(Document.Create("t", "Vice President Anna Berg spoke. Berg said more."));
        Assert.Equal(["Anna Berg", "Berg"], ms.Select(m => m.Surface));
        Assert.All(ms, m => Assert.Equal("Anna Berg", m.Actor));
        var none = new ActorRecognizer(ActorDictionary.Empty, new ActorRecognizerOptions { DiscoverPeople = false });
        Assert.Empty(none.Find(Document.Create("t", "Vice President Anna Berg spoke.")));
    }
}
