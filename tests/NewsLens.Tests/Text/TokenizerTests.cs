using NewsLens.Text;

namespace NewsLens.Tests.Text;

public class TokenizerTests
{
    private static string[] Texts(string text) => Tokenizer.Tokenize(text).Select(t => t.Text).ToArray();

    private static (string, TokenKind)[] Kinds(string text) => Tokenizer.Tokenize(text).Select(t => (t.Text, t.Kind)).ToArray();

    [Fact]
    public void Typographic_apostrophes_stay_inside_words_and_quotes_are_punctuation()
    {
        Assert.Equal(["“", "Turkey’s", "deal", "couldn’t", "‘", "wait", "’", "”"],
            Texts("“Turkey’s deal couldn’t ‘wait’”"));
        Assert.Equal(["Turkey's", "allies", "’", "plan"], Texts("Turkey's allies’ plan"));
    }

    [Fact]
    public void Designators_are_one_word()
    {
        Assert.Equal(
            [("S-400", TokenKind.Word), ("F-35", TokenKind.Word), ("F-16", TokenKind.Word), ("G20", TokenKind.Word),
             ("S-400s", TokenKind.Word), ("F-35’s", TokenKind.Word), ("programme", TokenKind.Word)],
            Kinds("S-400 F-35 F-16 G20 S-400s F-35’s programme"));
    }

    [Fact]
    public void Money_numbers_and_percentages()
    {
        Assert.Equal(
            [("$900", TokenKind.Number), ("million", TokenKind.Word), ("in", TokenKind.Word), ("2020", TokenKind.Number),
             (",", TokenKind.Punctuation), ("1,000", TokenKind.Number), ("jets", TokenKind.Word), (",", TokenKind.Punctuation),
             ("3.5%", TokenKind.Number), ("and", TokenKind.Word), ("$6", TokenKind.Number), ("billion", TokenKind.Word),
             (".", TokenKind.Punctuation)],
            Kinds("$900 million in 2020, 1,000 jets, 3.5% and $6 billion."));
        Assert.Equal([("70th", TokenKind.Word), ("1990s", TokenKind.Word), ("£1.5", TokenKind.Number), ("$", TokenKind.Punctuation)],
            Kinds("70th 1990s £1.5 $"));
    }

    [Fact]
    public void Abbreviations_keep_their_full_stop()
    {
        Assert.Equal(["Mr.", "Putin", ",", "Mrs.", "May", ",", "Dr.", "Fox", "met", "in", "the", "U.S.", "and", "U.K.", "on", "Dec.", "3", "etc.", "."],
            Texts("Mr. Putin, Mrs. May, Dr. Fox met in the U.S. and U.K. on Dec. 3 etc.."));
        Assert.Equal(["Jan.", "5", ",", "No.", "5", ",", "no", ".", "J.", "Smith", "e.g.", "this"],
            Texts("Jan. 5, No. 5, no. J. Smith e.g. this"));
        Assert.Equal(["Mr", "Erdogan", "said", "so", "."], Texts("Mr Erdogan said so."));
    }

    [Fact]
    public void Urls_emails_hashtags_and_handles_are_whole()
    {
        Assert.Equal(
            [("(", TokenKind.Punctuation), ("https://www.nato.int/cps/en/natohq/topics_8189.htm?x=1", TokenKind.Url),
             (")", TokenKind.Punctuation), ("www.example.com", TokenKind.Url), (",", TokenKind.Punctuation),
             ("express.co.uk", TokenKind.Url), (".", TokenKind.Punctuation)],
            Kinds("(https://www.nato.int/cps/en/natohq/topics_8189.htm?x=1) www.example.com, express.co.uk."));
        Assert.Equal(
            [("Write", TokenKind.Word), ("to", TokenKind.Word), ("press.office@state.gov", TokenKind.Email), (".", TokenKind.Punctuation),
             ("#S400", TokenKind.Hashtag), ("@StateDept", TokenKind.Handle), ("#", TokenKind.Punctuation), ("1", TokenKind.Number)],
            Kinds("Write to press.office@state.gov. #S400 @StateDept #1"));
        Assert.Equal(["One", "NATO", "insider", "told", "Express.co.uk", "that"], Texts("One NATO insider told Express.co.uk that"));
        Assert.Equal(["https://en.wikipedia.org/wiki/S-400_(missile)"], Texts("https://en.wikipedia.org/wiki/S-400_(missile)"));
    }

    [Fact]
    public void Words_that_only_look_like_hosts_are_split()
    {
        Assert.Equal(["end", ".", "The", "sanctions", ".", "in"], Texts("end.The sanctions.in"));
    }

    [Fact]
    public void Hyphenated_words_stay_whole_and_dashes_are_punctuation()
    {
        Assert.Equal(["surface-to-air", "Moscow-Ankara", "fifth-generation", "—", "now", "–", "then", "--", "end", "-"],
            Texts("surface-to-air Moscow-Ankara fifth-generation—now – then -- end -"));
    }

    [Fact]
    public void Soft_hyphens_join_and_direction_marks_separate()
    {
        Assert.Equal(["inter\u00ADnational", "talks"], Texts("inter\u00ADnational\u200Etalks"));
    }

    [Fact]
    public void Ellipses_are_one_token()
    {
        Assert.Equal(["Wait", "…", "and", "see", "...", "yes", "."], Texts("Wait… and see... yes."));
    }

    [Fact]
    public void Offsets_point_into_the_text()
    {
        const string text = "  Turkey’s S-400: $900 million.\n\nSee www.example.com!";
        var tokens = Tokenizer.Tokenize(text);
        Assert.Equal(
            [new Token("Turkey’s", 2, 10, TokenKind.Word), new Token("S-400", 11, 16, TokenKind.Word),
             new Token(":", 16, 17, TokenKind.Punctuation), new Token("$900", 18, 22, TokenKind.Number),
             new Token("million", 23, 30, TokenKind.Word), new Token(".", 30, 31, TokenKind.Punctuation),
             new Token("See", 33, 36, TokenKind.Word), new Token("www.example.com", 37, 52, TokenKind.Url),
             new Token("!", 52, 53, TokenKind.Punctuation)],
            tokens);
    }

    [Fact]
    public void Span_enumeration_gives_the_same_tokens_as_Tokenize()
    {
        const string text = "Mr. Pence said “Turkey must choose,” adding: #NATO70 https://x.org/a.";
        var spans = new List<TokenSpan>();
        foreach (var s in Tokenizer.Enumerate(text)) spans.Add(s);
        Assert.Equal(Tokenizer.Tokenize(text).Select(t => new TokenSpan(t.Start, t.End, t.Kind)), spans);
        Assert.Equal(14, spans.Count);
    }

    [Fact]
    public void Empty_and_whitespace_text_have_no_tokens()
    {
        Assert.Empty(Tokenizer.Tokenize(""));
        Assert.Empty(Tokenizer.Tokenize(" \n\t\u00A0\u200B\u200E\uFEFF"));
    }

    [Fact]
    public void Emoji_surrogate_pairs_are_not_split()
    {
        Assert.Equal(["great", "🚀", "!"], Texts("great🚀!"));
    }

    [Fact]
    public void Possessives_can_be_split_off()
    {
        var tokens = Tokenizer.Tokenize("Turkey’s F-35’s jet's couldn’t Hess", splitPossessive: true);
        Assert.Equal(["Turkey", "’s", "F-35", "’s", "jet", "'s", "couldn’t", "Hess"], tokens.Select(t => t.Text));
        Assert.Equal(new Token("’s", 6, 8, TokenKind.Word), tokens[1]);
    }
}
