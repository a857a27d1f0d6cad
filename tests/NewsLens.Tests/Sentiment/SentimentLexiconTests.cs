using NewsLens.Sentiment;

namespace NewsLens.Tests.Sentiment;

public class SentimentLexiconTests
{
    [Fact]
    public void Vader_lexicon_has_the_file_values_and_ignores_case()
    {
        var v = SentimentLexicon.Vader;
        // vader_lexicon.txt: "good 1.9", "bad -2.5"; 7,520 lines of which 3 are phrases
        Assert.Equal(1.9, v.GetValence("good"));
        Assert.Equal(-2.5, v.GetValence("BAD"));
        Assert.True(v.TryGetValence("Good".AsSpan(), out var g) && g == 1.9);
        Assert.Null(v.GetValence("food"));
        Assert.Equal(-1.8, v.GetValence("fed up"));
        // "lol" appears twice (2.9 then 1.8): the later line wins
        Assert.Equal(1.8, v.GetValence("lol"));
        Assert.InRange(v.Count, 7400, 7520);
        Assert.Equal("VADER", v.Name);
    }

    [Fact]
    public void Case_variants_keep_the_lower_case_entry()
    {
        var lex = SentimentLexicon.FromDictionary([new(":d", 1.0), new(":D", 3.0), new("Up", 2.0)]);
        Assert.Equal(1.0, lex.GetValence(":D"));
        Assert.Equal(2.0, lex.GetValence("up"));
    }

    [Fact]
    public void Afinn_is_scaled_by_four_fifths()
    {
        // AFINN-en-165.txt: good 3, abandon -2, outstanding 5
        Assert.Equal(3 * 0.8, SentimentLexicon.Afinn.GetValence("good")!.Value, 12);
        Assert.Equal(-2 * 0.8, SentimentLexicon.Afinn.GetValence("abandon")!.Value, 12);
        Assert.Equal(4.0, SentimentLexicon.Afinn.GetValence("outstanding")!.Value, 12);
    }

    [Fact]
    public void HuLiu_words_get_plus_or_minus_two()
    {
        Assert.Equal(2.0, SentimentLexicon.HuLiu.GetValence("outstanding"));
        Assert.Equal(-2.0, SentimentLexicon.HuLiu.GetValence("bad"));
        // 2,006 positive + 4,783 negative lines; "envious", "enviously", "enviousness" are in both lists and left out
        Assert.Null(SentimentLexicon.HuLiu.GetValence("envious"));
        Assert.Equal(2006 + 4783 - 2 * 3, SentimentLexicon.HuLiu.Count);
        // with the analyser: "very" boosts the ±2 like any valence: 2 + 0.293
        var a = new SentimentAnalyzer(SentimentLexicon.HuLiu);
        Assert.Equal((2 + 0.293) / Math.Sqrt(Math.Pow(2 + 0.293, 2) + 15), a.Score("The food is very good").Compound, 12);
    }

    [Fact]
    public void FromDictionary_plugs_into_the_analyser_with_phrases()
    {
        var lex = SentimentLexicon.FromDictionary([new("tasty", 3.0), new("fed up", -1.8), new("up", 1.0)], "mine");
        var a = new SentimentAnalyzer(lex);
        Assert.Equal(3 / Math.Sqrt(9 + 15), a.Score("The food is tasty").Compound, 12);
        // the phrase wins over its parts: "up" (1.0) is not added
        Assert.Equal(-1.8 / Math.Sqrt(1.8 * 1.8 + 15), a.Score("I am fed up").Compound, 12);
        // negation applies to a phrase too
        Assert.Equal(-1.8 * -0.74 / Math.Sqrt(Math.Pow(1.8 * 0.74, 2) + 15), a.Score("I am not fed up").Compound, 12);
        Assert.Equal("mine", lex.Name);
        Assert.Equal(3, lex.Count);
        Assert.Throws<ArgumentException>(() => SentimentLexicon.FromDictionary([new("x", double.NaN)]));
    }

    [Fact]
    public void FromFile_reads_tab_separated_and_names_bad_lines()
    {
        var path = Path.Combine(Path.GetTempPath(), $"newslens-lex-{Guid.NewGuid():N}.tsv");
        try
        {
            File.WriteAllLines(path, ["# my words", "tasty\t2.5", "", "awful\t-3\textra column ignored"]);
            var lex = SentimentLexicon.FromFile(path);
            Assert.Equal(2.5, lex.GetValence("tasty"));
            Assert.Equal(-3.0, lex.GetValence("awful"));

            File.WriteAllLines(path, ["tasty\t2.5", "awful -3"]);
            var e = Assert.Throws<FormatException>(() => SentimentLexicon.FromFile(path));
            Assert.Contains(path + ":2:", e.Message);
            Assert.Contains("TAB", e.Message);

            File.WriteAllLines(path, ["tasty\t2,5"]);
            e = Assert.Throws<FormatException>(() => SentimentLexicon.FromFile(path));
            Assert.Contains(path + ":1:", e.Message);
            Assert.Contains("\"2,5\"", e.Message);
        }
        finally { File.Delete(path); }
        Assert.Throws<FileNotFoundException>(() => SentimentLexicon.FromFile(path));
    }
}
