using NewsLens.Text;

namespace NewsLens.Tests.Text;

public class QuoteSpansTests
{
    [Fact]
    public void Typographic_and_straight_double_quotes()
    {
        const string text = "He said “yes” and then \"no\" twice.";
        var q = QuoteSpans.Find(text);
        Assert.Equal(
            [new Quotation(8, 13, "“yes”", "yes", 1, true), new Quotation(23, 27, "\"no\"", "no", 1, true)],
            q);
    }

    [Fact]
    public void Single_quotes_count_outside_double_quotes_and_apostrophes_do_not_close_them()
    {
        var q = QuoteSpans.Find("Trump: ‘We won’t back down’ over Turkey’s deal");
        var only = Assert.Single(q);
        Assert.Equal("‘We won’t back down’", only.Text);
        Assert.Equal("We won’t back down", only.Content);
    }

    [Fact]
    public void A_quote_left_open_at_a_paragraph_end_closes_there_unless_the_next_paragraph_reopens()
    {
        const string text = "“One and two.\n\nNot quoted. “Three\n\n“four.” Five.";
        var q = QuoteSpans.Find(text);
        Assert.Equal(2, q.Count);
        Assert.Equal(new Quotation(0, 13, "“One and two.", "One and two.", 1, false), q[0]);
        Assert.Equal("“Three\n\n“four.”", q[1].Text);
        Assert.Equal("Three four.", q[1].Content);
        Assert.Equal(2, q[1].Paragraphs);
        Assert.True(q[1].Closed);
    }

    [Fact]
    public void Straight_quotes_follow_the_multi_paragraph_convention_too()
    {
        var q = Assert.Single(QuoteSpans.Find("\"First part.\n\n\"Second part.\" he said."));
        Assert.Equal("First part. Second part.", q.Content);
        Assert.Equal(2, q.Paragraphs);
    }

    [Fact]
    public void Real_article_000_quotes_including_the_three_paragraph_Townsend_quote()
    {
        var q = QuoteSpans.Find(SampleText.Read("000"));
        Assert.Equal(
            [
                "It is not a correct approach to say ‘we won’t use them for their sake’ about a system that we bought out of necessity and paid so much money for.",
                "We have allied relations with Russia and the United States. We have to go on and respect the agreements we signed.",
                "Given its competence in manufacturing the fifth-generation jet, Russia could take part in this project: in particular, this cooperation is possible in a range of the jet’s systems. However, it’s early to say that substantive talks have been launched on creating a new jet by Russia and Turkey.",
                "internal threat",
                "The threat that Turkey poses is an internal one, where the alliance has to figure out ‘what do you do with an ally who is beginning to act not in the best interest of the alliance?’ The S-400 example is something were Erdogan feels his interests are better suited to working with Putin, and getting the S-400 to work with Moscow. The Turks and the Russians are using each other for their own ends, that’s what we are seeing happen here.",
            ],
            q.Select(x => x.Content));
        Assert.Equal([1, 1, 2, 1, 3], q.Select(x => x.Paragraphs));
        Assert.Equal([false, true, true, true, true], q.Select(x => x.Closed));
        var townsend = q[4];
        Assert.StartsWith("“The threat that Turkey poses", townsend.Text);
        Assert.EndsWith("seeing happen here.”", townsend.Text);
        Assert.Contains("\n\n“The S-400 example", townsend.Text);
    }

    [Fact]
    public void Real_article_004_quotes_including_the_two_paragraph_Cavusoglu_quote()
    {
        var text = SampleText.Read("004");
        var q = QuoteSpans.Find(text);
        Assert.Equal(
            [
                "Turkey must choose,",
                "Does it want to remain a critical partner in the most successful military alliance in the history of the world or does it want to risk the security of that partnership by making reckless decisions that undermine our alliance?",
                "The United States must choose",
                "joining forces with terrorists",
                "is a done deal. We will not step back from this.",
                "We couldn’t get it for 10 years,",
                "That’s why we had to buy from Russia. And we tried to buy from other allies as well. It didn’t work. So it is an urgent need for Turkey. I mean, we need air defense systems urgently in Turkey.",
                "made clear our bipartisan opposition",
                "will risk sanctions and Turkey’s involvement in the F-35 programme",
                "deeply troubling",
                "poses a great danger to NATO, to the strength of the alliance.",
                "We made very clear that this system will not see any NATO system, including F-35s, as an enemy,",
            ],
            q.Select(x => x.Content));
        Assert.Equal(2, q[6].Paragraphs);
        Assert.Equal(
            "“That’s why we had to buy from Russia.\n\n“And we tried to buy from other allies as well. It didn’t work. So it is an urgent need for Turkey. I mean, we need air defense systems urgently in Turkey.”",
            q[6].Text);
        Assert.Equal("“We couldn’t get it for 10 years,”", q[5].Text);
        Assert.All(q, x => Assert.Equal(text[x.Start..x.End], x.Text));
        Assert.All(q, x => Assert.True(x.Closed));
    }
}
