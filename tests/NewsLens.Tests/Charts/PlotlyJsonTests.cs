using System.Text.Json;
using System.Text.Json.Nodes;
using NewsLens.Charts;

namespace NewsLens.Tests.Charts;

public class PlotlyJsonTests
{
    private const string Injection = "</script><script>alert(1)</script>";

    [Fact]
    public void Trace_type_is_written_first()
    {
        var json = PlotlyHtml.ToJson(new Figure(
            [new BarTrace { Name = "b", X = ["a"], Y = [1.0] }, new ScatterTrace { Name = "s" }, new HeatmapTrace { Name = "h" }],
            new Layout()));
        using var doc = JsonDocument.Parse(json);
        var types = doc.RootElement.GetProperty("data").EnumerateArray()
            .Select(t => (First: t.EnumerateObject().First().Name, Type: t.GetProperty("type").GetString())).ToArray();
        Assert.All(types, t => Assert.Equal("type", t.First));
        Assert.Equal(["bar", "scatter", "heatmap"], types.Select(t => t.Type));
    }

    [Fact]
    public void Nulls_are_omitted_and_names_are_plotly_lower_case()
    {
        var json = PlotlyHtml.ToJson(new Figure([new ScatterTrace { HoverTemplate = "%{y}", StackGroup = "one" }],
            new Layout { XAxis = new Axis { CategoryOrder = CategoryOrders.TotalDescending }, PaperBackground = "#fff" }));
        var root = JsonNode.Parse(json)!.AsObject();
        Assert.Equal(["data", "layout"], root.Select(p => p.Key).Order());
        var trace = root["data"]![0]!.AsObject();
        Assert.Equal(["hovertemplate", "stackgroup", "type"], trace.Select(p => p.Key).Order());
        Assert.Equal(["paper_bgcolor", "xaxis"], root["layout"]!.AsObject().Select(p => p.Key).Order());
        Assert.Equal("total descending", root["layout"]!["xaxis"]!["categoryorder"]!.GetValue<string>());
    }

    [Fact]
    public void Script_breaking_characters_are_escaped_in_json()
    {
        // A raw figure, not built by Chart (which would also entity-escape): the JSON encoder alone must escape.
        var nasty = Injection + " & \u2028\u2029 'quote' <!-- café";
        var json = PlotlyHtml.ToJson(new Figure([new BarTrace { X = [nasty], Y = [1.0], HoverText = [nasty] }],
            new Layout { Title = new Title(nasty) }));
        foreach (var c in new[] { '<', '>', '&', '\u2028', '\u2029', '\'' })
            Assert.DoesNotContain(c, json);
        Assert.Contains("\\u003C/script\\u003E\\u003Cscript\\u003Ealert(1)", json);
        Assert.Contains("\\u2028\\u2029", json);
        // And it still means the same text.
        Assert.Equal(nasty, JsonNode.Parse(json)!["layout"]!["title"]!["text"]!.GetValue<string>());
    }

    [Fact]
    public void Builders_entity_escape_text_so_plotly_draws_it_literally()
    {
        var fig = Chart.Bar([Injection], [1], Injection, Injection, "a & b");
        var parsed = JsonNode.Parse(fig.ToJson())!;
        Assert.Equal("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;", parsed["layout"]!["title"]!["text"]!.GetValue<string>());
        Assert.Equal("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;", parsed["data"]![0]!["x"]![0]!.GetValue<string>());
        Assert.Equal("a &amp; b", parsed["layout"]!["yaxis"]!["title"]!["text"]!.GetValue<string>());
        Assert.Equal("Figure \"" + Injection + "\": bar (1 points)", fig.ToString());
    }

    [Fact]
    public void Non_finite_numbers_become_null_and_dates_plotly_strings()
    {
        var json = PlotlyHtml.ToJson(new Figure(
            [new ScatterTrace { X = [new DateTime(2020, 2, 29), new DateTime(2020, 3, 1, 13, 5, 0), new DateOnly(2020, 3, 2)], Y = [double.NaN, double.PositiveInfinity, 0.1] }],
            new Layout()));
        Assert.Contains("\"x\":[\"2020-02-29\",\"2020-03-01 13:05:00\",\"2020-03-02\"]", json);
        Assert.Contains("\"y\":[null,null,0.1]", json);
    }

    [Fact]
    public void Serialisation_does_not_depend_on_the_current_culture()
    {
        var before = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            Assert.Contains("\"y\":[1.5]", Chart.Bar(["a"], [1.5]).ToJson());
        }
        finally { System.Globalization.CultureInfo.CurrentCulture = before; }
    }
}
