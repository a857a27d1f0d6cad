using NewsLens.Charts;

namespace NewsLens.Tests.Charts;

public class TextTableTests
{
    private sealed record Row(string Term, int Count, double Share);

    [Fact]
    public void Columns_are_aligned_numbers_right()
    {
        var text = TextTable.From(new[] { new Row("tax", 1234, 0.5), new Row("war\nzone", 7, 1.0 / 3) });
        var expected = string.Join("\n",
            "Term      Count   Share",
            "--------  -----  ------",
            "tax        1234     0.5",
            "war zone      7  0.3333",
            "2 rows");
        Assert.Equal(expected, text);
    }

    [Fact]
    public void Long_cells_are_cut_and_the_footer_gives_the_total()
    {
        var rows = Enumerable.Range(0, 30).Select(i => new Row(new string('x', 60), i, 0));
        var text = TextTable.From(rows, maxRows: 3, caption: "Terms");
        var lines = text.Split('\n');
        Assert.Equal("Terms", lines[0]);
        Assert.Equal(1 + 2 + 3 + 1, lines.Length);
        Assert.StartsWith(new string('x', 39) + "…", lines[3]);
        Assert.Equal("showing 3 of 30 rows", lines[^1]);
    }
}
