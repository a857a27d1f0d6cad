using NewsLens.Corpora;
using NewsLens.Corpora.Cleaning;

namespace NewsLens.Tests.Corpora;

/// <summary>
/// Cleaning compares lines as the rules see them (trimmed, runs of spaces as one, no-break and other spaces as
/// spaces) while keeping and reporting the lines as written.
/// </summary>
public class LineSpacingCleaningTests
{
    [Fact]
    public void A_line_repeated_with_different_spacing_is_one_repeated_line_and_is_reported_as_written()
    {
        using var tmp = new TempFolder();
        tmp.Write("w/a.txt", "A\n\nAlpha story.\n\nSubscribe to our newsletter for daily updates");
        tmp.Write("w/b.txt", "B\n\nBeta story.\n\n  Subscribe to our\u00A0newsletter  for daily updates\t");
        var c = Corpus.Load(tmp.Path);
        Assert.Equal("Alpha story.", c.Find("a")!.Text);
        Assert.Equal("Beta story.", c.Find("b")!.Text);
        var removed = c.Report.Cleaning.Single(e => e.DocumentId == "b");
        Assert.Equal("repeated-line", removed.Rule);
        Assert.Equal("  Subscribe to our\u00A0newsletter  for daily updates\t", removed.RemovedText);
        Assert.Equal(3, removed.Line);
    }

    [Fact]
    public void Documents_that_differ_only_in_spacing_count_once_for_repeated_lines()
    {
        using var tmp = new TempFolder();
        const string line = "The Secretary met the envoy in Washington today.";
        tmp.Write("w/a.txt", "A\n\n" + line + "\n\nThey talked.");
        tmp.Write("w/b.txt", "B\n\n" + line.Replace(" ", "  ") + "\n\n\n\nThey  talked. ");
        var c = Corpus.Load(tmp.Path);
        Assert.Empty(c.Report.Cleaning);
        Assert.Contains(line, c.Find("a")!.Text);
    }

    [Fact]
    public void A_boilerplate_line_with_irregular_spacing_matches_its_rule()
    {
        var (text, removed) = Cleaner.Clean("d", "First paragraph.\n\n\u00A0Leave  a\tReply \n\nLast paragraph.", null);
        Assert.Equal("First paragraph.\n\nLast paragraph.", text);
        var entry = Assert.Single(removed);
        Assert.Equal("comment-form", entry.Rule);
        Assert.Equal("\u00A0Leave  a\tReply ", entry.RemovedText);
    }

    [Theory]
    [InlineData("", new[] { "" })]
    [InlineData("one", new[] { "one" })]
    [InlineData("one\n", new[] { "one", "" })]
    [InlineData("\n two  words \n\u2060x", new[] { "", "two words", "x" })]
    [InlineData("a\u00A0\u00A0b\n\t\n", new[] { "a b", "", "" })]
    public void Split_text_gives_the_lines_of_string_split_normalised(string raw, string[] expected)
    {
        var split = SplitText.Of(raw);
        Assert.Equal(raw.Split('\n').Length, split.Count);
        Assert.Equal(expected, split.ToArray());
        for (int i = 0; i < split.Count; i++)
        {
            Assert.Equal(raw.Split('\n')[i], split.Line(i).ToString());
            Assert.Equal(BoilerplateRules.Normalise(raw.Split('\n')[i]), split.Normalised(i).ToString());
            Assert.Equal(expected[i].Length, split.NormalisedLength(i));
        }
    }
}
