using System.Text.Json.Serialization;
using NewsLens.Notebooks;

namespace NewsLens.Charts;

/// <summary>
/// A Plotly.js figure as plain data: the traces to draw and the layout around them. Serialise it with
/// <see cref="PlotlyHtml.ToJson"/> and render it with <see cref="PlotlyHtml"/>; build common charts with
/// <see cref="Chart"/>. Displays itself as an interactive chart in .NET Interactive notebooks.
/// </summary>
/// <remarks>
/// Strings shown by Plotly (titles, labels, hover texts) are Plotly pseudo-HTML: Plotly interprets a few
/// tags (&lt;b&gt;, &lt;br&gt;...) and the entities &amp;lt; &amp;gt; &amp;amp;. The <see cref="Chart"/>
/// builders escape text taken from data with <see cref="PlotlyText.Escape"/> so that it shows literally.
/// </remarks>
/// <param name="Data">The traces, drawn in order.</param>
/// <param name="Layout">Titles, axes, size and legend.</param>
[TypeFormatterSource(typeof(NewsLensFormatterSource), PreferredMimeTypes = new[] { "text/html", "text/plain" })]
public sealed record Figure(
    [property: JsonPropertyName("data")] IReadOnlyList<Trace> Data,
    [property: JsonPropertyName("layout")] Layout Layout)
{
    /// <summary>A copy with the layout changed by <paramref name="change"/> (e.g. <c>f.WithLayout(l => l with { Height = 600 })</c>).</summary>
    public Figure WithLayout(Func<Layout, Layout> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return this with { Layout = change(Layout) };
    }

    /// <summary>The figure as Plotly.js JSON (safe to embed in a script element).</summary>
    public string ToJson() => PlotlyHtml.ToJson(this);

    /// <summary>A short text description: the title and each trace's type, name and number of points.</summary>
    public override string ToString()
    {
        var title = Layout.Title?.Text;
        var traces = string.Join(", ", Data.Select(t => t.Describe()));
        return $"Figure{(title is null ? "" : " \"" + PlotlyText.Unescape(title) + "\"")}: {traces}";
    }
}
