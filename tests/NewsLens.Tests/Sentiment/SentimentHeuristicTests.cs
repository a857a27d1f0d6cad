using NewsLens.Sentiment;

namespace NewsLens.Tests.Sentiment;

/// <summary>
/// Each VADER heuristic on small sentences, with the expected score worked by hand from the lexicon values
/// (vader_lexicon.txt: good 1.9, bad -2.5, kind 2.4, die -2.9, no -1.2, care 2.2, smart 1.7, handsome 2.2, funny 1.9, ":)" 2.0; "the", "food", "is",
/// "service", "very", "not" ... are not in it) and the published constants of Hutto &amp; Gilbert (2014):
/// booster ±0.293, negation ×-0.74, caps +0.733, '!' +0.292 (max 4), '?' +0.18 (2-3) or +0.96 (4+),
/// "but" 0.5/1.5, decay 0.95/0.90, compound N(x) = x / sqrt(x² + 15).
/// </summary>
public class SentimentHeuristicTests
{
    private static readonly SentimentAnalyzer Vader = SentimentAnalyzer.Vader;

    private static double N(double x) => x / Math.Sqrt(x * x + 15);

    private static void AssertCompound(double expectedSum, string sentence) =>
        Assert.Equal(N(expectedSum), Vader.Score(sentence).Compound, 12);

    [Fact]
    public void Plain_sentence_sums_the_lexicon_valence()
    {
        // "good" 1.9; compound = 1.9 / sqrt(1.9² + 15) = 0.44043...
        var s = Vader.Score("The food is good");
        Assert.Equal(1.9 / Math.Sqrt(3.61 + 15), s.Compound, 12);
        // shares: positive 1.9 + 1 = 2.9, neutral 3 tokens (The, food, is); total 5.9
        Assert.Equal(2.9 / 5.9, s.Positive, 12);
        Assert.Equal(3 / 5.9, s.Neutral, 12);
        Assert.Equal(0, s.Negative);
    }

    [Fact]
    public void Negation_flips_and_dampens()
    {
        // "not" one token before: 1.9 × -0.74 = -1.406
        AssertCompound(1.9 * -0.74, "The food is not good");
        // "n't" contraction
        AssertCompound(1.9 * -0.74, "The food isn't good");
        // negator three tokens before, with two boosters between:
        // very (d=1) +0.293, really (d=2) +0.293 × 0.95, then "not" (d=3) × -0.74
        AssertCompound((1.9 + 0.293 + 0.293 * 0.95) * -0.74, "The food is not really very good");
        // outside the three-token window: no negation
        AssertCompound(1.9, "Not one of the six dishes was good");
        // shares: negative |−1.406| + 1, neutral 4
        var s = Vader.Score("The food is not good");
        Assert.Equal(2.406 / 6.406, s.Negative, 12);
    }

    [Fact]
    public void Every_negator_in_the_window_flips_the_word()
    {
        // Paper heuristic 5, applied per negator as in the authors' engine. care 2.2. First "care": "don't"
        // (d=1) -> 2.2 × -0.74. Second "care": "don't" (d=1) × -0.74, "care" (d=2) is a lexicon word and
        // skipped, the first "don't" (d=3) × -0.74 again: 2.2 × 0.74².
        AssertCompound(2.2 * -0.74 + 2.2 * 0.74 * 0.74, "don't care don't care");
        // sweet 2.0, bitter -1.8 (lexicon): "neither ... nor sweet" flips sweet twice
        AssertCompound(-1.8 * -0.74 + 2.0 * 0.74 * 0.74, "The film is neither bitter nor sweet");
        // negation still spreads over a list: smart 1.7 (not, d=1), handsome 2.2 (not, d=2), funny 1.9 (nor, d=1)
        AssertCompound((1.7 + 2.2 + 1.9) * -0.74, "VADER is not smart, handsome, nor funny");
    }

    [Fact]
    public void Score_tokens_shows_each_tokens_adjusted_valence()
    {
        // good 1.9 negated by "not": 1.9 × -0.74; punctuation is stripped from tokens and is not per token
        var tokens = Vader.ScoreTokens("The food is not good!");
        Assert.Equal(["The", "food", "is", "not", "good"], tokens.Select(t => t.Token));
        Assert.Equal([0, 0, 0, 0, 1.9 * -0.74], tokens.Select(t => t.Valence));
        // the '!' adds 0.292 in the direction of the sum
        AssertCompound(tokens.Sum(t => t.Valence) - 0.292, "The food is not good!");
    }

    [Fact]
    public void Repeated_no_keeps_its_valence()
    {
        // no -1.2, three times, none negating the next: -3.6 (all caps: no caps emphasis)
        AssertCompound(3 * -1.2, "NO NO NO");
    }

    [Fact]
    public void Single_characters_are_dropped_so_articles_do_not_push_negators_out_of_reach()
    {
        // tokens: getting cat wouldn't be such bad idea -> "wouldn't" is 3 before "bad": -2.5 × -0.74
        AssertCompound(-2.5 * -0.74, "getting a cat wouldn't be such a bad idea");
    }

    [Fact]
    public void Never_so_intensifies_instead_of_negating()
    {
        // so (d=1) +0.293; "never" (d=2) followed by "so": × 1.25
        AssertCompound((1.9 + 0.293) * 1.25, "The food was never so good");
        // plain "never" negates
        AssertCompound(1.9 * -0.74, "The food was never good");
    }

    [Fact]
    public void No_before_a_sentiment_word_negates_it_and_carries_no_valence_itself()
    {
        // "no" (lexicon -1.2) before "good": "no" scores 0, "good" 1.9 × -0.74
        AssertCompound(1.9 * -0.74, "There is no good food");
        // "no" alone keeps its lexicon valence
        AssertCompound(-1.2, "The answer was no");
    }

    [Fact]
    public void Boosters_and_dampeners_shift_intensity_with_distance_decay()
    {
        AssertCompound(1.9 + 0.293, "The food is very good");
        // second booster two tokens away counts 0.95
        AssertCompound(1.9 + 0.293 + 0.293 * 0.95, "The food is very, very good");
        // dampener moves towards zero, for negative words too
        AssertCompound(1.9 - 0.293, "The food is slightly good");
        AssertCompound(-2.5 + 0.293, "The food is slightly bad");
        // booster on a negative word pushes away from zero
        AssertCompound(-2.5 - 0.293, "The food is very bad");
    }

    [Fact]
    public void Kind_of_dampens_and_kind_is_not_scored()
    {
        // "kind" (2.4) is not counted before "of"; "kind of" acts as a dampener: 1.9 - 0.293
        AssertCompound(1.9 - 0.293, "The food is kind of good");
        // "kind" as an adjective keeps its valence
        AssertCompound(2.4, "The waiter is kind");
    }

    [Fact]
    public void Capitals_and_exclamation_marks_add_emphasis()
    {
        // mixed case (2 of 5 tokens in caps): GOOD 1.9 + 0.733; VERY 0.293 + 0.733;
        // then 3 × 0.292 for "!!!": 1.9 + 0.733 + 0.293 + 0.733 + 0.876 = 4.535
        var s = Vader.Score("The food is VERY GOOD!!!");
        Assert.Equal(N(1.9 + 0.733 + 0.293 + 0.733 + 3 * 0.292), s.Compound, 12);
        // shares: positive (3.659 + 1) + 0.876, neutral 4
        Assert.Equal((4.659 + 0.876) / (4.659 + 0.876 + 4), s.Positive, 12);
        // whole sentence in caps: no caps emphasis
        AssertCompound(1.9, "THE FOOD IS GOOD");
        // at most four exclamation marks count
        AssertCompound(1.9 + 4 * 0.292, "The food is good!!!!!!");
    }

    [Fact]
    public void Question_marks_add_emphasis_from_two_on()
    {
        AssertCompound(1.9, "Is the food good?");
        AssertCompound(1.9 + 2 * 0.18, "Is the food good??");
        AssertCompound(1.9 + 0.96, "Is the food good????");
    }

    [Fact]
    public void But_shifts_weight_to_the_second_clause()
    {
        // good × 0.5 + bad × 1.5 = 0.95 - 3.75 = -2.8
        var s = Vader.Score("The food is good, but the service is bad");
        Assert.Equal(N(1.9 * 0.5 - 2.5 * 1.5), s.Compound, 12);
        // shares: positive 0.95 + 1, negative 3.75 + 1, neutral 7 (The food is but the service is)
        Assert.Equal(4.75 / 13.7, s.Negative, 12);
        Assert.Equal(1.95 / 13.7, s.Positive, 12);
    }

    [Fact]
    public void Least_negates_except_at_least()
    {
        AssertCompound(1.9 * -0.74, "The least good food");
        AssertCompound(1.9, "At least good food");
    }

    [Fact]
    public void Idioms_replace_the_valence_of_their_words()
    {
        // "to die for" = 3 (instead of die -2.9)
        AssertCompound(3, "The cake is to die for");
    }

    [Fact]
    public void Emoticons_are_kept_whole_and_emoji_become_their_description()
    {
        AssertCompound(2.0, "See you :)");
        // U+1F601 is described as "beaming face with smiling eyes" in emoji_utf8_lexicon.txt
        Assert.Equal(Vader.Score("beaming face with smiling eyes").Compound, Vader.Score("\U0001F601").Compound, 12);
        Assert.Equal(N(2.0), Vader.Score("\U0001F601").Compound, 12); // smiling 2.0
    }

    [Fact]
    public void Text_without_tokens_scores_zero()
    {
        Assert.Equal(default, Vader.Score(""));
        Assert.Equal(default, Vader.Score("  ... !! "));
        var s = Vader.Score("The food");
        Assert.Equal((0.0, 0.0, 1.0, 0.0), (s.Compound, s.Positive, s.Neutral, s.Negative));
    }

    [Fact]
    public void Compound_stays_in_range_and_shares_sum_to_one()
    {
        var s = Vader.Score("GREAT GREAT GREAT GREAT great great great great great good good good!!!!");
        Assert.InRange(s.Compound, 0.99, 1.0);
        Assert.Equal(1.0, s.Positive + s.Neutral + s.Negative, 12);
    }

    [Fact]
    public void Classify_uses_the_documented_thresholds()
    {
        Assert.Equal(SentimentLabel.Positive, SentimentAnalyzer.Classify(0.05));
        Assert.Equal(SentimentLabel.Neutral, SentimentAnalyzer.Classify(0.0499));
        Assert.Equal(SentimentLabel.Neutral, SentimentAnalyzer.Classify(-0.0499));
        Assert.Equal(SentimentLabel.Negative, SentimentAnalyzer.Classify(-0.05));
        Assert.Equal(SentimentLabel.Negative, Vader.Classify("The food is not good"));
        Assert.Equal(SentimentLabel.Neutral, Vader.Classify("The food arrived"));
        Assert.Equal(SentimentLabel.Positive, SentimentAnalyzer.Classify(Vader.Score("The food is good")));
    }

    [Fact]
    public void Document_score_is_the_mean_over_sentences()
    {
        // sentences: "The food is good." (1.9), "The service is bad!" (-2.5 - 0.292), then a line break
        // and "Fine" (lexicon fine 0.8)
        double expected = (N(1.9) + N(-2.5 - 0.292) + N(0.8)) / 3;
        Assert.Equal(expected, Vader.ScoreDocument("The food is good. The service is bad!\nFine"), 12);
        Assert.Equal(0, Vader.ScoreDocument(""));
    }
}
