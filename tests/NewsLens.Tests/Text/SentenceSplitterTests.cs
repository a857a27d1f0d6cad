using NewsLens.Text;

namespace NewsLens.Tests.Text;

public class SentenceSplitterTests
{
    private static string[] Texts(string text) => SentenceSplitter.Split(text).Select(s => s.Text).ToArray();

    [Fact]
    public void Splits_on_terminators_followed_by_a_capital_a_digit_or_a_quote()
    {
        Assert.Equal(["It works.", "Does it?", "Yes!", "2019 was busy…", "“Really,” he said."],
            Texts("It works. Does it? Yes! 2019 was busy… “Really,” he said."));
    }

    [Fact]
    public void Does_not_split_before_lower_case_or_inside_numbers()
    {
        Assert.Equal(["Costs rose 3.5 percent. e.g. not here."], Texts("Costs rose 3.5 percent. e.g. not here."));
        Assert.Equal(["It was done... and then more."], Texts("It was done... and then more."));
    }

    [Fact]
    public void Never_splits_after_abbreviations_initials_or_No_before_a_number()
    {
        Assert.Equal(
            ["Mr. Smith met Dr. Jones and Gen. Milley in the U.S. Senate on Dec. 3 at St. Paul.", "Then J. R. Smith left."],
            Texts("Mr. Smith met Dr. Jones and Gen. Milley in the U.S. Senate on Dec. 3 at St. Paul. Then J. R. Smith left."));
        Assert.Equal(["He was No. 5 on the list."], Texts("He was No. 5 on the list."));
        Assert.Equal(["They sold tanks, jets etc.", "The rest stayed."], Texts("They sold tanks, jets etc. The rest stayed."));
    }

    [Fact]
    public void Closing_quotes_and_brackets_stay_with_their_sentence()
    {
        Assert.Equal(["“We will decide tomorrow.”", "He said no more."], Texts("“We will decide tomorrow.” He said no more."));
        Assert.Equal(["(It was late.)", "Nobody came."], Texts("(It was late.) Nobody came."));
    }

    [Fact]
    public void Paragraph_breaks_end_sentences_and_offsets_are_exact()
    {
        const string text = "Headline without stop\n\n  First sentence. Second one\r\n\r\nThird";
        var sentences = SentenceSplitter.Split(text);
        Assert.Equal(
            [new Sentence(0, 0, 21, "Headline without stop"), new Sentence(1, 25, 40, "First sentence."),
             new Sentence(2, 41, 51, "Second one"), new Sentence(3, 55, 60, "Third")],
            sentences);
        Assert.All(sentences, s => Assert.Equal(text[s.Start..s.End], s.Text));
    }

    [Fact]
    public void Single_line_breaks_do_not_end_sentences()
    {
        Assert.Equal(["A wrapped\nline ends here."], Texts("A wrapped\nline ends here."));
    }

    [Fact]
    public void Real_article_004_sentences()
    {
        var text = SampleText.Read("004");
        var s = SentenceSplitter.Split(text);
        Assert.Equal(36, s.Count);
        Assert.Equal("Turkey defiant as US threatens Ankara over S-400 missiles.", s[0].Text);
        Assert.Equal("“Turkey must choose,” Pence said.", s[5].Text);
        Assert.Equal("“Does it want to remain a critical partner in the most successful military alliance in the history of the world or does it want to risk the security of that partnership by making reckless decisions that undermine our alliance?”", s[6].Text);
        Assert.Equal("We will not step back from this.”", s[11].Text);
        Assert.Equal("“We couldn’t get it for 10 years,” Cavusoglu said at the Atlantic Council on Wednesday morning.", s[13].Text);
        Assert.Equal("“That’s why we had to buy from Russia.", s[14].Text);
        Assert.Equal("“And we tried to buy from other allies as well.", s[15].Text);
        Assert.Equal("It didn’t work.", s[16].Text);
        Assert.Equal("Pence described the purchase as “deeply troubling” and said it “poses a great danger to NATO, to the strength of the alliance.”", s[22].Text);
        Assert.Equal("Required fields are marked *", s[35].Text);
        Assert.All(s, x => Assert.Equal(text[x.Start..x.End], x.Text));
        Assert.Equal(Enumerable.Range(0, s.Count), s.Select(x => x.Index));
    }

    [Fact]
    public void Real_article_000_sentences()
    {
        var s = SentenceSplitter.Split(SampleText.Read("000"));
        Assert.Equal(20, s.Count);
        Assert.Equal("NATO fury: Why Turkey’s new Russia weapons deal could spark fresh Trump row", s[0].Text);
        Assert.Equal("He told CNN: “It is not a correct approach to say ‘we won’t use them for their sake’ about a system that we bought out of necessity and paid so much money for.", s[2].Text);
        Assert.Equal("“We have allied relations with Russia and the United States.", s[3].Text);
        Assert.Equal("“The threat that Turkey poses is an internal one, where the alliance has to figure out ‘what do you do with an ally who is beginning to act not in the best interest of the alliance?’", s[15].Text);
        Assert.Equal("source: express.co.uk", s[19].Text);
    }
}
