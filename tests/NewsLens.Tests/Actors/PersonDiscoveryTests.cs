using NewsLens.Actors;
using NewsLens.Corpora;

namespace NewsLens.Tests.Actors;

public class PersonDiscoveryTests
{
    private static readonly ActorRecognizer Recognizer = new();

    private static ActorMention Person(string text, string surface) =>
        Recognizer.Find(Document.Create("t", text)).Single(m => m.Surface == surface && m.Kind == ActorKind.Person);

    [Theory]
    [InlineData("Polish Defence Minister Jan Kowalczyk visited.", "Jan Kowalczyk", "Poland")]
    [InlineData("Head of Russia's Federal Customs Service Ivan Petrovich Orlov spoke.", "Ivan Petrovich Orlov", "Russia")]
    [InlineData("Acting Defense Secretary Tom Hale agreed.", "Tom Hale", "United States")]
    [InlineData("Ayla Demirci, a researcher at an Ankara think tank, disagreed.", "Ayla Demirci", "Turkey")]
    [InlineData("Pavel Sorokin, Russian state exporter Rosoboronexport, said so.", "Pavel Sorokin", "Russia")]
    [InlineData("Congresswoman Lisa Hart and Senator Ron Tate said no.", "Lisa Hart", "United States")]
    [InlineData("The photo: REUTERS/Maria Lenz", "Maria Lenz", "Reuters")]
    public void Titles_and_appositions_give_name_and_affiliation(string text, string surface, string affiliation)
    {
        var m = Person(text, surface);
        Assert.Equal(surface, m.Actor);
        Assert.Equal(affiliation, m.Affiliation);
    }

    [Fact]
    public void Plural_title_introduces_two_people()
    {
        var ms = Recognizer.Find(Document.Create("t", "Republican Congressmen Jim Reed and Paul Gray objected."));
        Assert.Equal(["Jim Reed", "Paul Gray"], ms.Where(m => m.Kind == ActorKind.Person).Select(m => m.Actor));
        Assert.All(ms.Where(m => m.Kind == ActorKind.Person), m => Assert.Equal("United States", m.Affiliation));
    }

    [Fact]
    public void Later_bare_surnames_and_honorifics_resolve_to_the_full_name()
    {
        var ms = Recognizer.Find(Document.Create("t",
            "Indian Defence Minister Ravi Kundrapur spoke. Kundrapur said the deal stood. Mr Kundrapur left."));
        var people = ms.Where(m => m.Kind == ActorKind.Person).ToList();
        Assert.Equal(["Ravi Kundrapur", "Kundrapur", "Mr Kundrapur"], people.Select(m => m.Surface));
        Assert.All(people, m => Assert.Equal(("Ravi Kundrapur", "India"), (m.Actor, m.Affiliation)));
    }

    [Fact]
    public void Headlines_and_capitalised_phrases_are_not_people()
    {
        var ms = Recognizer.Find(Document.Create("t",
            "Turkey Turns To Russia's Most Advanced Air Defense System Instead Of Buying From NATO\n\nThe F-35 Joint Strike Fighter (JSF) programme continued."));
        Assert.DoesNotContain(ms, m => m.Kind == ActorKind.Person);
    }
}
