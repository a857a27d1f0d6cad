using NewsLens.Corpora;
using NewsLens.Stance;

namespace NewsLens.Tests.Stance;

/// <summary>
/// A sentence spoken by joined speakers ("Erdogan and Putin said …", "Russia, Turkey and Iran warned …") counts for each
/// of them in the actors' stances. The sentences are constructed; the expected stances follow from reading them.
/// </summary>
public class JoinedSpeakersStanceTests
{
    private static readonly StanceTarget S400 = new("Turkey's purchase of the S-400", ["S-400", "the deal"]);

    // The sentences are the same but for the speakers: what one speaker gets, each joined speaker must get.
    private const string Favourable = "said the S-400 deal is a done deal and a great success that Turkey needs.";
    private const string Hostile = "warned that the S-400 purchase is a dangerous mistake and a grave threat to NATO.";

    [Fact]
    public void Both_joined_speakers_get_the_stance_of_their_sentence()
    {
        var a = StanceAnalyzer.Analyze([Document.Create("a", "Erdogan and Putin " + Favourable), Document.Create("b", "Erdogan " + Favourable)], S400);
        var alone = a.Actor("b", "Erdogan")!;
        Assert.Equal(StanceLabel.Favor, alone.Label);
        foreach (var name in new[] { "Erdogan", "Putin" })
        {
            var joined = a.Actor("a", name);
            Assert.NotNull(joined);
            Assert.Equal((alone.Label, alone.Score), (joined.Label, joined.Score));
        }
        var sentence = Assert.Single(a.Sentences, s => s.DocumentId == "a");
        Assert.Equal(["Erdogan", "Putin"], sentence.Actors);
        Assert.Equal(("Erdogan and Putin", "Erdogan and Putin"), (sentence.Speaker, sentence.Actor));
    }

    [Fact]
    public void Each_of_a_list_of_three_speakers_gets_the_stance_and_the_article_counts_the_sentence_once()
    {
        var a = StanceAnalyzer.Analyze([Document.Create("c", "Russia, Turkey and Iran " + Hostile)], S400);
        Assert.Equal(["Iran", "Russia", "Turkey"], a.Actors.Select(x => x.Actor));
        Assert.All(a.Actors, x => Assert.Equal(StanceLabel.Against, x.Label));
        Assert.Equal(1, a.Document("c")!.Sentences);
    }

    [Fact]
    public void Joined_speakers_of_a_quotation_each_get_it()
    {
        var a = StanceAnalyzer.Analyze([Document.Create("q", "“The S-400 purchase is a dangerous mistake and a grave threat to NATO,” Eliot Engel and Michael McCaul said.")], S400);
        Assert.Equal(["Engel", "McCaul"], a.Actors.Select(x => x.Actor));
        Assert.All(a.Actors, x => Assert.Equal(StanceLabel.Against, x.Label));
    }

    [Fact]
    public void A_resolver_mapping_both_speakers_to_one_actor_counts_the_sentence_once_for_it()
    {
        var a = StanceAnalyzer.Analyze([Document.Create("r", "Erdogan and Cavusoglu " + Favourable)], S400, null, _ => "Turkey");
        var turkey = Assert.Single(a.Actors);
        Assert.Equal("Turkey", turkey.Actor);
        Assert.Single(turkey.Evidence);
        Assert.Equal(["Turkey"], Assert.Single(a.Sentences).Actors);
    }
}
