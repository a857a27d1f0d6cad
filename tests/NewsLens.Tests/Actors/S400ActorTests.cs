using NewsLens.Actors;

namespace NewsLens.Tests.Actors;

/// <summary>
/// Actor recognition on the five sample articles. The expected people, affiliations and references were
/// listed by reading the five texts by hand (data/s400/*.txt).
/// </summary>
public class S400ActorTests
{
    private static readonly Lazy<ActorAnalysis> Analysis = new(() => new ActorRecognizer().Analyze(S400Articles.Load()));

    /// <summary>Every named person of the five articles: document, surface text, actor, affiliation.</summary>
    public static TheoryData<string, string, string, string> People => new()
    {
        { "000", "Ismail Demir", "Ismail Demir", "Turkey" },
        { "000", "Mr Putin", "Vladimir Putin", "Russia" },
        { "000", "Mr Erdogan", "Recep Tayyip Erdogan", "Turkey" },
        { "000", "Dmitry Shugayev", "Dmitry Shugayev", "Russia" },
        { "000", "Mr Townsend", "Townsend", "United States" },
        { "000", "Mr Trump", "Donald Trump", "United States" },
        { "001", "Trump", "Donald Trump", "United States" },
        { "001", "Mike Pompeo", "Mike Pompeo", "United States" },
        { "001", "Alexander Mikheev", "Alexander Mikheev", "Russia" },
        { "001", "Mr Mikheev", "Alexander Mikheev", "Russia" },
        { "001", "Tayyip Erdogan", "Recep Tayyip Erdogan", "Turkey" },
        { "002", "Recep Tayyip Erdogan", "Recep Tayyip Erdogan", "Turkey" },
        { "002", "Mevlut Cavusoglu", "Mevlut Cavusoglu", "Turkey" },
        { "002", "Nirmala Sitharaman", "Nirmala Sitharaman", "India" },
        { "003", "Grigory Dukor", "Grigory Dukor", "Reuters" },
        { "003", "Vladimir Putin", "Vladimir Putin", "Russia" },
        { "003", "Recep Tayyip Erdogan", "Recep Tayyip Erdogan", "Turkey" },
        { "003", "Fikri Isik", "Fikri Isik", "Turkey" },
        { "003", "Isik", "Fikri Isik", "Turkey" },
        { "003", "Bashar al-Assad", "Bashar al-Assad", "Syria" },
        { "003", "Can Kasapoglu", "Can Kasapoglu", "Turkey" },
        { "003", "Kasapoglu", "Can Kasapoglu", "Turkey" },
        { "004", "Mike Pence", "Mike Pence", "United States" },
        { "004", "Pence", "Mike Pence", "United States" },
        { "004", "Fuad Oktay", "Fuad Oktay", "Turkey" },
        { "004", "Mevlut Cavusoglu", "Mevlut Cavusoglu", "Turkey" },
        { "004", "Cavusoglu", "Mevlut Cavusoglu", "Turkey" },
        { "004", "Mike Pompeo", "Mike Pompeo", "United States" },
        { "004", "Eliot Engel", "Eliot Engel", "United States" },
        { "004", "Michael McCaul", "Michael McCaul", "United States" },
        { "004", "Patrick Shanahan", "Patrick Shanahan", "United States" },
        { "004", "Mohammad Shia Al-Sudani", "Mohammad Shia Al-Sudani", "Iraq" },
    };

    [Theory]
    [MemberData(nameof(People))]
    public void Every_named_person_is_found_with_affiliation(string doc, string surface, string actor, string affiliation)
    {
        var mention = Analysis.Value.Mentions.FirstOrDefault(m => m.DocumentId.StartsWith(doc, StringComparison.Ordinal) && m.Surface.EndsWith(surface, StringComparison.Ordinal)
            && m.Kind == ActorKind.Person);
        Assert.True(mention is not null, $"no person mention '{surface}' in {doc}");
        Assert.Equal(actor, mention.Actor);
        Assert.Equal(affiliation, mention.Affiliation);
    }

    [Theory]
    [InlineData("Ismail Demir")]
    [InlineData("Dmitry Shugayev")]
    [InlineData("Alexander Mikheev")]
    [InlineData("Nirmala Sitharaman")]
    [InlineData("Fikri Isik")]
    [InlineData("Can Kasapoglu")]
    [InlineData("Fuad Oktay")]
    [InlineData("Patrick Shanahan")]
    [InlineData("Eliot Engel")]
    [InlineData("Grigory Dukor")]
    public void People_missing_from_the_dictionaries_come_from_discovery(string name)
    {
        Assert.Null(ActorDictionary.Default.Find(name));
        Assert.NotNull(Analysis.Value[name]);
    }

    [Fact]
    public void Erdogan_aliases_merge_into_one_actor()
    {
        var erdogan = Analysis.Value["Recep Tayyip Erdogan"];
        Assert.NotNull(erdogan);
        Assert.Equal("Turkey", erdogan.Affiliation);
        foreach (var form in new[] { "Mr Erdogan", "Erdogan", "Recep Tayyip Erdogan", "Tayyip Erdogan", "the Turkish president" })
            Assert.Contains(form, erdogan.FormsSeen);
        // "President Tayyip Erdogan" in article 001 is a mention of the same actor.
        var doc = S400Articles.Get("001");
        int at = doc.Text.IndexOf("President Tayyip Erdogan", StringComparison.Ordinal);
        var m = Analysis.Value.Mentions.Single(x => x.DocumentId == doc.Id && x.Start >= at && x.End <= at + "President Tayyip Erdogan".Length);
        Assert.Equal("Recep Tayyip Erdogan", m.Actor);
        Assert.Equal(4, erdogan.Documents); // articles 000-003; 004 does not name him
        Assert.DoesNotContain(Analysis.Value.Mentions, x => x.DocumentId.StartsWith("004") && x.Actor == "Recep Tayyip Erdogan");
    }

    [Theory]
    [InlineData("Ankara", "Turkey")]
    [InlineData("Turkish", "Turkey")]
    [InlineData("Turks", "Turkey")]
    [InlineData("Istanbul", "Turkey")]
    [InlineData("Moscow", "Russia")]
    [InlineData("Russian", "Russia")]
    [InlineData("Russians", "Russia")]
    [InlineData("Washington", "United States")]
    [InlineData("American", "United States")]
    [InlineData("the US", "United States")]
    [InlineData("U.S.", "United States")]
    [InlineData("the United States", "United States")]
    [InlineData("New Delhi", "India")]
    [InlineData("Indian", "India")]
    [InlineData("Syrian", "Syria")]
    public void Capitals_cities_and_demonyms_map_to_countries(string surface, string country)
    {
        var forms = Analysis.Value[country]?.FormsSeen ?? [];
        Assert.Equal(ActorKind.Country, Analysis.Value[country]?.Kind);
        Assert.Contains(surface, forms);
    }

    [Fact]
    public void Organisations_are_found_with_their_country()
    {
        var a = Analysis.Value;
        Assert.Equal("Russia", a["Kremlin"]?.Affiliation);
        Assert.Equal("Russia", a["TASS"]?.Affiliation);
        Assert.Equal("Russia", a["Rosoboronexport"]?.Affiliation);
        Assert.Equal("United States", a["Pentagon"]?.Affiliation);
        Assert.Equal("United States", a["CNN"]?.Affiliation);
        Assert.Contains("Nato", a["NATO"]!.FormsSeen);
        Assert.Equal(ActorKind.Organisation, a["Reuters"]?.Kind);
    }

    [Fact]
    public void Role_references_resolve_to_the_holder_on_the_document_date()
    {
        var a = Analysis.Value;
        var president = a.Mentions.Single(m => m.DocumentId.StartsWith("002") && m.Surface == "the Turkish president");
        Assert.Equal("Recep Tayyip Erdogan", president.Actor);
        var minister = a.Mentions.Single(m => m.DocumentId.StartsWith("004") && m.Surface == "Turkey’s foreign minister");
        Assert.Equal("Mevlut Cavusoglu", minister.Actor);
    }

    [Fact]
    public void The_alliance_is_NATO_only_after_NATO_is_named()
    {
        var alliance = Analysis.Value.Mentions.Where(m => m.Surface == "the alliance").ToList();
        Assert.NotEmpty(alliance);
        Assert.All(alliance, m => Assert.Equal("NATO", m.Actor));
        // 003: "the western alliance" is not "the alliance".
        Assert.DoesNotContain(Analysis.Value.Mentions, m => m.DocumentId.StartsWith("003") && m.Surface.Contains("alliance"));
    }

    [Fact]
    public void Summary_is_sorted_by_mentions_then_name()
    {
        var rows = Analysis.Value.Actors;
        for (int i = 1; i < rows.Count; i++)
        {
            Assert.True(rows[i - 1].Mentions > rows[i].Mentions
                || rows[i - 1].Mentions == rows[i].Mentions && string.CompareOrdinal(rows[i - 1].Actor, rows[i].Actor) < 0);
        }
        Assert.Equal(Analysis.Value.Mentions.Count, rows.Sum(r => r.Mentions));
        Assert.Equal("Turkey", rows[0].Actor);
    }

    [Fact]
    public void Mentions_point_at_their_text()
    {
        var docs = S400Articles.Load().ToDictionary(d => d.Id);
        foreach (var m in Analysis.Value.Mentions)
            Assert.Equal(m.Surface, docs[m.DocumentId].Text[m.Start..m.End]);
    }
}
