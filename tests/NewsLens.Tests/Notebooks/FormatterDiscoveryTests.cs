using System.Collections;
using System.Reflection;
using NewsLens.Charts;
using NewsLens.Notebooks;

namespace NewsLens.Tests.Notebooks;

/// <summary>
/// Finds and calls the formatters the way .NET Interactive does, by reflection and by name only (it has
/// no reference to NewsLens): an attribute named TypeFormatterSourceAttribute on the type (inherited ones
/// count), its FormatterSourceType and PreferredMimeTypes properties, Activator.CreateInstance, a public
/// CreateTypeFormatters() returning IEnumerable, and on each formatter a MimeType property and exactly one
/// public bool Format(object, TextWriter).
/// </summary>
public class FormatterDiscoveryTests
{
    public sealed record TermRow(string Term, int Count);

    /// <summary>A result type deriving from ResultTable, as other capabilities will write them.</summary>
    public sealed class TopTerms(IEnumerable<TermRow> rows) : ResultTable<TermRow>(rows, "Top terms")
    {
        public override Figure? CreateChart() => Chart.HorizontalBar(this, r => r.Term, r => r.Count, "Top terms");
    }

    internal static Dictionary<string, string> DisplayLikeDotNetInteractive(object value)
    {
        var attribute = value.GetType().GetCustomAttributes(inherit: true)
            .SingleOrDefault(a => a.GetType().Name == "TypeFormatterSourceAttribute");
        Assert.NotNull(attribute);
        var attributeType = attribute.GetType();
        var sourceType = attributeType.GetProperty("FormatterSourceType")?.GetValue(attribute) as Type;
        Assert.NotNull(sourceType);
        var preferred = attributeType.GetProperty("PreferredMimeTypes")?.GetValue(attribute) as string[];
        Assert.NotNull(preferred);
        Assert.Equal(["text/html", "text/plain"], preferred);

        var source = Activator.CreateInstance(sourceType);
        var create = sourceType.GetMethod("CreateTypeFormatters", BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes);
        Assert.NotNull(create);
        var formatters = Assert.IsAssignableFrom<IEnumerable>(create.Invoke(source, null));

        var outputs = new Dictionary<string, string>();
        foreach (var formatter in formatters)
        {
            var type = formatter.GetType();
            var mime = type.GetProperty("MimeType", BindingFlags.Public | BindingFlags.Instance)?.GetValue(formatter) as string;
            Assert.NotNull(mime);
            var format = Assert.Single(type.GetMethods(BindingFlags.Public | BindingFlags.Instance), m => m.Name == "Format");
            Assert.Equal(typeof(bool), format.ReturnType);
            Assert.Equal([typeof(object), typeof(TextWriter)], format.GetParameters().Select(p => p.ParameterType));
            // The kernel defaults Type to the attributed type when the formatter has none.
            Assert.Null(type.GetProperty("Type"));
            if (!preferred!.Contains(mime)) continue;
            using var writer = new StringWriter();
            var handled = (bool)format.Invoke(formatter, [value, writer])!;
            Assert.True(handled, $"{mime} formatter declined a {value.GetType().Name}");
            outputs[mime] = writer.ToString();
        }
        return outputs;
    }

    [Fact]
    public void Figure_displays_as_a_chart_and_a_description()
    {
        var figure = Chart.Bar(["a", "b"], [1, 2], "Counts");
        var outputs = DisplayLikeDotNetInteractive(figure);
        Assert.Equal(["text/html", "text/plain"], outputs.Keys.Order());
        Assert.Contains("class=\"newslens-chart\"", outputs["text/html"]);
        Assert.Contains("newPlot(", outputs["text/html"]);
        Assert.Contains(PlotlyScript.CdnUrl, outputs["text/html"]);
        Assert.Equal("Figure \"Counts\": bar (2 points)", outputs["text/plain"]);
    }

    [Fact]
    public void Derived_result_table_inherits_the_attribute_and_shows_table_and_chart()
    {
        var result = new TopTerms(Enumerable.Range(1, 25).Select(i => new TermRow("t" + i, 100 - i)));
        var outputs = DisplayLikeDotNetInteractive(result);
        var html = outputs["text/html"];
        Assert.Contains("<caption>Top terms</caption>", html);
        Assert.Contains(">Term</th>", html);
        Assert.Contains("showing 20 of 25 rows", html);
        Assert.Contains("newPlot(", html);
        var text = outputs["text/plain"].Split('\n');
        Assert.Equal("Top terms", text[0]);
        Assert.Equal("Term  Count", text[1]);
        Assert.Equal("showing 20 of 25 rows", text[^1]);
    }

    [Fact]
    public void Plain_result_table_has_no_chart()
    {
        var outputs = DisplayLikeDotNetInteractive(new ResultTable<TermRow>([new("<x>", 1)]));
        Assert.DoesNotContain("newPlot", outputs["text/html"]);
        Assert.Contains("&lt;x&gt;", outputs["text/html"]);
        Assert.Contains("1 row", outputs["text/plain"]);
    }

    [Fact]
    public void Formatters_decline_values_they_do_not_handle()
    {
        using var writer = new StringWriter();
        Assert.False(new HtmlFormatter().Format(42, writer));
        Assert.False(new PlainTextFormatter().Format("text", writer));
        Assert.Equal("", writer.ToString());
        Assert.True(new HtmlFormatter().Format(new List<TermRow> { new("a", 1) }, writer));
        Assert.Contains(">Term</th>", writer.ToString());
    }
}
