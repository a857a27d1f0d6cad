using NewsLens.Stance;

namespace NewsLens.Tests.Stance;

/// <summary>
/// <see cref="QuoteAttribution.Reported"/> returns the span attributed to the speaker with the speaker: only what
/// "according to X" attributes to X is X's (the stance analyser classifies that span).
/// </summary>
public class ReportedSpanTests
{
    [Theory]
    // From article 001 of the sample corpus: the "which would risk ..." clause is the writer's, not Moscow's.
    [InlineData("Turkey is to sign a new contract for S-400 missile-defense systems with Russia, according to Moscow, which would risk further souring ties with the US.",
        "Moscow", "according to", "Turkey is to sign a new contract for S-400 missile-defense systems with Russia")]
    [InlineData("According to the Russian Foreign Ministry, the deal is done.", "Russian Foreign Ministry", "according to", "the deal is done.")]
    [InlineData("Pence said the deal was dangerous.", "Pence", "said", "Pence said the deal was dangerous.")]
    public void Keeps_the_attributed_clause(string sentence, string speaker, string cue, string span)
    {
        var r = QuoteAttribution.Reported(sentence, 0, sentence.Length)!;
        Assert.Equal((speaker, cue, span), (r.Speaker, r.Cue, sentence[r.Start..r.End]));
        Assert.Equal(cue, sentence[r.CueStart..r.CueEnd], ignoreCase: true);
    }

    [Fact]
    public void A_verb_gives_the_speaker_before_according_to_and_that_is_part_of_the_cue()
    {
        // 000: TASS reports what Shugayev told reporters; he is the speaker
        const string s = "According to Russian news agency TASS, Head of Russia’s Federal Service for Military and Technical Cooperation "
            + "Dmitry Shugayev told reporters on Sunday the plan was of interest to Moscow.";
        var r = QuoteAttribution.Reported(s, 0, s.Length)!;
        Assert.Equal(("Dmitry Shugayev", "told", s), (r.Speaker, r.Cue, s[r.Start..r.End]));
        const string that = "Mevlut Cavusoglu said that Turkey would not step back.";
        var t = QuoteAttribution.Reported(that, 0, that.Length)!;
        Assert.Equal("said that", that[t.CueStart..t.CueEnd]);
    }

    [Fact]
    public void No_cue_or_no_speaker_is_no_reported_speech()
    {
        const string writer = "Turkey and allied Syrian rebels have been accused of war crimes against civilians in the area.";
        Assert.Null(QuoteAttribution.Reported(writer, 0, writer.Length));
        const string anonymous = "The deal is done, according to officials.";
        Assert.Null(QuoteAttribution.Reported(anonymous, 0, anonymous.Length));
        Assert.Throws<ArgumentOutOfRangeException>(() => QuoteAttribution.Reported(writer, 5, writer.Length + 1));
    }
}
