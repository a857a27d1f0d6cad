using NewsLens.Stance;

namespace NewsLens.Tests.Stance;

public class StanceTargetTests
{
    [Fact]
    public void A_target_needs_a_term()
    {
        var e = Assert.Throws<ArgumentException>(() => new StanceTarget("S-400 purchase", []));
        Assert.Contains("at least one term", e.Message);
        Assert.Throws<ArgumentException>(() => new StanceTarget("S-400 purchase", ["  "]));
        Assert.Throws<ArgumentException>(() => new StanceTarget("S-400 purchase", ["*"]));
    }

    [Fact]
    public void Terms_match_case_insensitively_on_word_boundaries_with_globs()
    {
        var t = new StanceTarget("S-400", ["S-400", "missile defence system", "deal*"]);
        Assert.True(t.Matches("Turkey bought the s-400 last year"));
        Assert.True(t.Matches("a new Missile  Defence System"));
        Assert.True(t.Matches("the dealings were secret"));   // glob
        Assert.False(t.Matches("the S-4000 is fictional"));     // not a whole word
        Assert.False(t.Matches("an ideal partner"));            // "deal" inside a word
        Assert.Equal([(4, 9)], t.FindMatches("Its S-400 arrived"));
    }

    [Fact]
    public void Targets_with_the_same_name_and_terms_are_equal()
    {
        Assert.Equal(new StanceTarget("S-400", ["S-400", "the deal"]), new StanceTarget(" S-400 ", ["S-400", " the deal"]));
        Assert.NotEqual(new StanceTarget("S-400", ["S-400"]), new StanceTarget("S-400", ["S-400s"]));
    }

    [Fact]
    public void Longer_terms_win_at_the_same_position()
    {
        var t = new StanceTarget("S-400", ["S-400", "S-400s"]);
        Assert.Equal([(0, 6)], t.FindMatches("S-400s arrived"));
    }
}
