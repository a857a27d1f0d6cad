using NewsLens.Actors;

namespace NewsLens.Tests.Actors;

public class ScanningTests
{
    [Fact]
    public void Scanner_splits_possessives_and_hyphens_and_keeps_abbreviations()
    {
        var t = WordScanner.Scan("Turkey’s U.S.-made jets, Mr. al-Assad's F-35.");
        Assert.Equal(["Turkey", "’s", "U.S.", "made", "jets", ",", "Mr.", "al", "Assad", "'s", "F", "35", "."], t.Select(x => x.Text));
        Assert.Equal(["TURKEY", "'S", "US", "MADE"], t.Take(4).Select(x => x.Key));
        Assert.True(t[3].HyphenBefore);
        Assert.True(t[8].HyphenBefore);
        Assert.False(t[7].HyphenBefore);
        Assert.Equal(9, t[2].Start);
        Assert.Equal(13, t[2].End);
        Assert.Equal("ERDOGAN", WordScanner.KeyOf("Erdoğan"));
        Assert.Equal("CAVUSOGLU", WordScanner.KeyOf("Çavuşoğlu"));
    }

    [Fact]
    public void Default_splitter_breaks_on_sentence_ends_and_blank_lines_but_not_after_titles()
    {
        var text = "Mr. Smith met U.S. officials. Then he left! Did he?\n\nNew paragraph without stop\nsame sentence";
        var spans = NewsLens.Text.SentenceSplitter.Split(text).Select(x => (x.Start, x.End)).ToList();
        Assert.Equal(["Mr. Smith met U.S. officials.", "Then he left!", "Did he?", "New paragraph without stop\nsame sentence"],
            spans.Select(s => text[s.Start..s.End]));
    }
}
