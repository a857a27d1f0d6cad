using NewsLens.Stance;

namespace NewsLens.Tests.Stance;

/// <summary>Only what "according to X" attributes to X is read as X's stance.</summary>
public class AttributedPartTests
{
    [Theory]
    // From article 001 of the sample corpus: the "which would risk ..." clause is the writer's, not Moscow's.
    [InlineData("Turkey is to sign a new contract for S-400 missile-defense systems with Russia, according to Moscow, which would risk further souring ties with the US.",
        "Turkey is to sign a new contract for S-400 missile-defense systems with Russia")]
    [InlineData("According to the ministry, the deal is done.", "the deal is done.")]
    [InlineData("Pence said the deal was dangerous.", "Pence said the deal was dangerous.")]
    [InlineData("According to", "According to")]
    public void Keeps_the_attributed_clause(string sentence, string expected) =>
        Assert.Equal(expected, StanceAnalyzer.AttributedPart(sentence));
}
