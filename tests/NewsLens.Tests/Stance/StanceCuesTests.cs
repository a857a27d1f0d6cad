using NewsLens.Stance;

namespace NewsLens.Tests.Stance;

public class StanceCuesTests
{
    private static List<(string Text, double Weight)> Cues(string s) =>
        StanceCues.English.Match(StanceCues.Words(s)).Select(m => (m.Text, m.Weight)).ToList();

    [Fact]
    public void Longer_phrases_win_and_weights_come_from_the_file()
    {
        // cues-en.txt: "threatened sanctions" against 2 (not "threatened" 1.2 + "sanction*" 1)
        Assert.Equal([("threatened sanctions", -2.0)], Cues("It threatened sanctions"));
        // "a done deal" favor 2
        Assert.Equal([("a done deal", 2.0)], Cues("It is a done deal"));
    }

    [Fact]
    public void A_negator_within_three_words_flips_a_cue_unless_the_cue_holds_it()
    {
        Assert.Equal([("not+risk", 1.0)], Cues("it is not a risk"));
        Assert.Equal([("risk", -1.0)], Cues("it is not, they say, a risk"));         // comma ends the scope
        Assert.Equal([("will not step back", 2.0)], Cues("we will not step back"));  // negation is part of the cue
    }

    [Fact]
    public void Anaphors_are_found()
    {
        Assert.True(StanceCues.English.HasAnaphor("Critics said the deal was rushed."));
        Assert.False(StanceCues.English.HasAnaphor("Critics said nothing."));
    }

    [Fact]
    public void A_bad_cue_file_names_the_line()
    {
        var path = Path.Combine(Path.GetTempPath(), $"newslens-cues-{Guid.NewGuid():N}.txt");
        try
        {
            File.WriteAllLines(path, ["# test", "[favor]", "support\t1", "[pro]", "x"]);
            var e = Assert.Throws<FormatException>(() => StanceCues.FromFile(path));
            Assert.Contains(":4:", e.Message);
            Assert.Contains("[favor], [against]", e.Message);
            File.WriteAllLines(path, ["[against]", "risk\tlots"]);
            Assert.Contains(":2:", Assert.Throws<FormatException>(() => StanceCues.FromFile(path)).Message);
        }
        finally { File.Delete(path); }
    }
}
