using System.Globalization;
using System.Text.Json.Serialization;
using NewsLens.Charts;

namespace NewsLens.Tests.Charts;

public class HtmlTableTests
{
    public sealed record Row(string Term, int Count, double Score, DateTime Date, IReadOnlyList<string> Tags)
    {
        [JsonIgnore] public string Secret => "hidden";
    }

    private static readonly Row[] Rows =
    [
        new("<b>tax</b> & co", 1234, Math.PI, new DateTime(2019, 4, 3), ["a", "b"]),
        new("war", 7, 0.000123456, new DateTime(2020, 1, 31), []),
    ];

    [Fact]
    public void Columns_are_public_properties_without_JsonIgnore_and_values_are_encoded()
    {
        var html = HtmlTable.From(Rows, caption: "Top <terms>");
        Assert.Contains("<caption>Top &lt;terms&gt;</caption>", html);
        Assert.Contains("<th style=\"text-align:left\">Term</th><th style=\"text-align:right\">Count</th><th style=\"text-align:right\">Score</th><th style=\"text-align:left\">Date</th><th style=\"text-align:left\">Tags</th></tr>", html);
        Assert.DoesNotContain("Secret", html);
        Assert.DoesNotContain("hidden", html);
        Assert.Contains("<td style=\"text-align:left\">&lt;b&gt;tax&lt;/b&gt; &amp; co</td>", html);
        Assert.DoesNotContain("<b>", html);
        // int invariant, double G4 (π → 3.142; 0.000123456 → 0.0001235), date yyyy-MM-dd, list joined with "; ".
        Assert.Contains(">1234</td><td style=\"text-align:right\">3.142</td><td style=\"text-align:left\">2019-04-03</td><td style=\"text-align:left\">a; b</td>", html);
        Assert.Contains(">0.0001235</td>", html);
        Assert.Contains("2 rows", html);
    }

    [Fact]
    public void Numbers_use_the_invariant_culture()
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            var html = HtmlTable.From(Rows);
            Assert.Contains(">3.142<", html);
            Assert.DoesNotContain("3,142", html);
        }
        finally { CultureInfo.CurrentCulture = before; }
    }

    [Fact]
    public void Only_the_first_rows_are_shown_with_a_footer_giving_the_total()
    {
        var many = Enumerable.Range(1, 1234).Select(i => new Row("t" + i, i, i, new DateTime(2020, 1, 1), []));
        var html = HtmlTable.From(many, maxRows: 20);
        Assert.Equal(20, CountOf(html, "<tr><td style="));
        Assert.Contains(">t20<", html);
        Assert.DoesNotContain(">t21<", html);
        Assert.Contains("showing 20 of 1,234 rows", html);
    }

    [Fact]
    public void Scalars_get_one_value_column_and_objects_use_the_runtime_type()
    {
        Assert.Contains("<th style=\"text-align:right\">Value</th>", HtmlTable.From(new[] { 1.5, 2.0 }));
        var objects = new object[] { new Row("x", 1, 1, new DateTime(2020, 1, 1), []) };
        Assert.Contains(">Term</th>", HtmlTable.From(objects));
        Assert.Contains("0 rows", HtmlTable.From(Array.Empty<Row>()));
        // Value tuples have fields, not properties.
        var tuples = HtmlTable.From(new[] { (Term: "a", N: 2) });
        Assert.Contains(">Item1</th><th style=\"text-align:right\">Item2</th>", tuples);
        Assert.Contains(">a</td><td style=\"text-align:right\">2</td>", tuples);
        Assert.Throws<ArgumentOutOfRangeException>(() => HtmlTable.From(Rows, maxRows: -1));
    }

    internal static int CountOf(string text, string part)
    {
        var n = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal)) n++;
        return n;
    }
}
