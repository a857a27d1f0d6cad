using NewsLens.Sentiment;

namespace NewsLens.Tests.Sentiment;

public class SimpleSentenceSplitterTests
{
    [Fact]
    public void Splits_on_terminal_punctuation_before_a_capital_and_on_line_breaks()
    {
        var s = SimpleSentenceSplitter.Split("It rained. Then it stopped! Did it? yes, 3.5 mm.\r\n\r\n\"Good,\" he said. \"Fine.\" End").ToList();
        Assert.Equal(["It rained.", "Then it stopped!", "Did it? yes, 3.5 mm.", "\"Good,\" he said.", "\"Fine.\"", "End"], s);
    }

    [Fact]
    public void Empty_text_has_no_sentences() => Assert.Empty(SimpleSentenceSplitter.Split(" \n \n"));
}
