using NewsLens.Actors;
using NewsLens.Corpora;

namespace NewsLens.Tests.Actors;

public class ActorDictionaryTests
{
    [Fact]
    public void Default_holds_the_converted_Phoenix_dictionary_and_the_supplement()
    {
        var d = ActorDictionary.Default;
        Assert.True(d.Count > 20_000, $"only {d.Count} actors");
        var turkey = d.Find("Ankara");
        Assert.Equal("Turkey", turkey?.CanonicalName);
        Assert.Equal(ActorKind.Country, turkey?.Kind);
        Assert.Equal("Russia", d.Find("Moscow")?.CanonicalName);
        Assert.Equal("Belarus", d.Find("Minsk")?.CanonicalName); // country entry with dated codes in the source
        var erdogan = d.Find("Erdogan");
        Assert.Equal("Recep Tayyip Erdogan", erdogan?.CanonicalName);
        Assert.Equal("Turkey", erdogan?.Affiliation);
        // Phoenix CAMEO role codes with dates, merged with the supplement's titled roles.
        Assert.Contains(erdogan!.Roles, r => r.Title == "TURGOV" && r.From == new DateTime(2003, 3, 14));
        Assert.Contains(erdogan.Roles, r => r.Title == "president" && r.Country == "Turkey");
        Assert.Equal("NATO", d.Find("North Atlantic Treaty Organization")?.CanonicalName);
    }

    [Fact]
    public void Office_only_aliases_are_not_people()
    {
        // Phoenix lists "US VICE PRESIDENT" and similar offices as aliases; the converter drops them.
        Assert.Null(ActorDictionary.Default.Find("US Vice President"));
        Assert.Null(ActorDictionary.Default.Find("Assad regime"));
    }

    [Fact]
    public void FromYaml_reads_actors_and_With_layers_them_on_top()
    {
        var path = Path.Combine(Path.GetTempPath(), $"actors-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, """
            - name: Ayse Kaya
              kind: person
              aliases: [Dr Kaya, Kaya]
              affiliation: Turkish
              roles:
                - {title: Defence Minister, country: Turkey, from: 2030-01-01}
            - name: Acme Rockets
              kind: organisation
              affiliation: United States
              aliases: [Acme]
            """);
        try
        {
            var user = ActorDictionary.FromYaml(path);
            Assert.Equal(2, user.Count);
            var merged = ActorDictionary.Default.With(user);
            var kaya = merged.Find("Kaya");
            Assert.Equal("Ayse Kaya", kaya?.CanonicalName);
            Assert.Equal("Turkey", kaya?.Affiliation); // "Turkish" normalised to the country's name
            Assert.Equal("defence minister", kaya!.Roles.Single().Title);

            var doc = Document.Create("d", "Kaya met Acme engineers. Later the Turkish defence minister left.", date: new DateTime(2031, 5, 1));
            var mentions = new ActorRecognizer(merged).Find(doc);
            Assert.Contains(mentions, m => m.Surface == "Kaya" && m.Actor == "Ayse Kaya");
            Assert.Contains(mentions, m => m.Surface == "Acme" && m.Actor == "Acme Rockets" && m.Affiliation == "United States");
            Assert.Contains(mentions, m => m.Surface == "the Turkish defence minister" && m.Actor == "Ayse Kaya");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void With_merges_actors_of_the_same_name()
    {
        var lower = ActorDictionary.FromActors([new Actor("Jon Smith", ActorKind.Person, null, ["Smith"])]);
        var upper = ActorDictionary.FromActors([new Actor("Jon Smith", ActorKind.Person, "Canada", ["J. Smith"])]);
        var merged = lower.With(upper);
        var jon = Assert.Single(merged.Actors);
        Assert.Equal("Canada", jon.Affiliation);
        Assert.Equal(["Smith", "J. Smith"], jon.Aliases);
    }

    [Fact]
    public void With_gives_a_shared_alias_to_the_top_layer()
    {
        var lower = ActorDictionary.FromActors([new Actor("Jon Smith", ActorKind.Person, null, ["Smith"])]);
        var upper = ActorDictionary.FromActors([new Actor("Anna Smith", ActorKind.Person, "Norway", ["Smith"])]);
        Assert.Equal("Anna Smith", new ActorRecognizer(lower.With(upper)).Find(Document.Create("d", "Smith spoke.")).Single().Actor);
        Assert.Equal("Jon Smith", new ActorRecognizer(upper.With(lower)).Find(Document.Create("d", "Smith spoke.")).Single().Actor);
    }

    [Theory]
    [InlineData("- name: X\n  kind: robot\n", 2, "valid kinds: person, country, organisation")]
    [InlineData("- name: X\n  kind: person\n  colour: red\n", 3, "valid fields: name, kind, aliases")]
    [InlineData("- kind: person\n  aliases: [A]\n", 1, "without a 'name'")]
    [InlineData("- name: X\n  kind: person\n  roles:\n    - {title: president, from: 2020-13-01}\n", 4, "not a date")]
    [InlineData("- name: X\n  kind: person\n  aliases: [A, B\n", 4, "invalid YAML")]
    [InlineData("- name: X\n", 1, "has no 'kind'")]
    public void FromYaml_errors_name_the_file_and_line(string yaml, int line, string message)
    {
        var path = Path.Combine(Path.GetTempPath(), $"bad-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, yaml);
        try
        {
            var ex = Assert.Throws<InvalidDataException>(() => ActorDictionary.FromYaml(path));
            Assert.Contains($"{path}:{line}:", ex.Message);
            Assert.Contains(message, ex.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void FromYaml_names_a_missing_file()
    {
        var ex = Assert.Throws<FileNotFoundException>(() => ActorDictionary.FromYaml("no-such-actors.yaml"));
        Assert.Contains("no-such-actors.yaml", ex.Message);
    }
}
