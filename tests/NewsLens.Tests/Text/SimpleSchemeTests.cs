using System.Text.RegularExpressions;
using NewsLens.Corpora;
using NewsLens.Text;

namespace NewsLens.Tests.Text;

/// <summary>
/// <see cref="TokenizerScheme.Simple"/> against the regular expression it is documented to equal, run by .NET's
/// regex engine (an independent implementation of the same rule).
/// </summary>
public class SimpleSchemeTests
{
    private static readonly Regex Rule = new(@"[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*", RegexOptions.CultureInvariant);

    private static List<(int Start, int End)> Spans(string text)
    {
        var spans = new List<(int, int)>();
        foreach (var t in Tokenizer.Enumerate(text, TokenizerScheme.Simple)) spans.Add((t.Start, t.End));
        return spans;
    }

    private static List<(int Start, int End)> RegexSpans(string text) =>
        Rule.Matches(text).Select(m => (m.Index, m.Index + m.Length)).ToList();

    [Theory]
    [InlineData("Turkey’s S-400 deal, worth $2.5bn (U.S. officials said).")]
    [InlineData("rock-'n'-roll -- a--b x' 'y don’t 1990s ½ Ⅻ naïve Ünal 東京 e\u0301")]
    [InlineData("")]
    [InlineData("--- ''' !!!")]
    public void Matches_the_regular_expression(string text) => Assert.Equal(RegexSpans(text), Spans(text));

    [Fact]
    public void Matches_the_regular_expression_on_random_text()
    {
        const string alphabet = "ab Z9٣-'’ .,\n_é\u0301Ⅻ½";
        var random = new Random(42);
        for (var trial = 0; trial < 2000; trial++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 40)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            Assert.Equal(RegexSpans(text), Spans(text));
        }
    }

    [Fact]
    public void Matches_the_regular_expression_on_the_sample_corpus()
    {
        foreach (var d in Corpus.Load(SharedData.Repo("data", "s400")))
            Assert.Equal(RegexSpans(d.Text), Spans(d.Text));
    }

    [Fact]
    public void Digit_runs_are_numbers_and_everything_else_words()
    {
        var kinds = new List<(string, TokenKind)>();
        const string text = "In 2019 the S-400 cost 2.5bn";
        foreach (var t in Tokenizer.Enumerate(text, TokenizerScheme.Simple)) kinds.Add((text[t.Start..t.End], t.Kind));
        Assert.Equal([("In", TokenKind.Word), ("2019", TokenKind.Number), ("the", TokenKind.Word), ("S-400", TokenKind.Word),
            ("cost", TokenKind.Word), ("2", TokenKind.Number), ("5bn", TokenKind.Word)], kinds);
    }

    [Fact]
    public void Possessive_splitting_needs_the_news_scheme()
    {
        var e = Assert.Throws<ArgumentException>(() => new TokenizerOptions { Scheme = TokenizerScheme.Simple, SplitPossessive = true }.Validate());
        Assert.Contains("SplitPossessive", e.Message);
        e = Assert.Throws<ArgumentException>(() => new TokenizerOptions { Scheme = (TokenizerScheme)7 }.Validate());
        Assert.Contains("News, Simple", e.Message);
    }
}
