using System.Text.Json.Serialization;

namespace NewsLens.Charts;

/// <summary>
/// Plotly.js figure layout (https://plotly.com/javascript/reference/layout/). Colours are set
/// explicitly (no Plotly template), so a figure looks the same wherever it is drawn.
/// </summary>
public sealed record Layout
{
    /// <summary>The chart title.</summary>
    public Title? Title { get; init; }

    /// <summary>The x axis.</summary>
    [JsonPropertyName("xaxis")]
    public Axis? XAxis { get; init; }

    /// <summary>The y axis.</summary>
    [JsonPropertyName("yaxis")]
    public Axis? YAxis { get; init; }

    /// <summary>How bars at the same position combine: "group", "stack", "relative" or "overlay"; see <see cref="BarModes"/>.</summary>
    public string? BarMode { get; init; }

    /// <summary>Height in pixels.</summary>
    public int? Height { get; init; }

    /// <summary>Width in pixels (unset: the width of the container).</summary>
    public int? Width { get; init; }

    /// <summary>Margins in pixels.</summary>
    public Margin? Margin { get; init; }

    /// <summary>Legend position.</summary>
    public Legend? Legend { get; init; }

    /// <summary>Whether the legend is shown.</summary>
    public bool? ShowLegend { get; init; }

    /// <summary>Hover behaviour: "closest", "x", "y", "x unified"... see <see cref="HoverModes"/>.</summary>
    public string? HoverMode { get; init; }

    /// <summary>Default trace colours, cycled in order.</summary>
    public IReadOnlyList<string>? Colorway { get; init; }

    /// <summary>Background colour of the whole figure.</summary>
    [JsonPropertyName("paper_bgcolor")]
    public string? PaperBackground { get; init; }

    /// <summary>Background colour of the plotting area.</summary>
    [JsonPropertyName("plot_bgcolor")]
    public string? PlotBackground { get; init; }

    /// <summary>Global font.</summary>
    public Font? Font { get; init; }
}

/// <summary>A title (Plotly.js 3 accepts titles only as objects with a <c>text</c>).</summary>
/// <param name="Text">The title text (Plotly pseudo-HTML; see <see cref="PlotlyText.Escape"/>).</param>
public sealed record Title([property: JsonPropertyName("text")] string Text);

/// <summary>A cartesian axis (https://plotly.com/javascript/reference/layout/xaxis/).</summary>
public sealed record Axis
{
    /// <summary>Axis title.</summary>
    public Title? Title { get; init; }

    /// <summary>"linear", "log", "date" or "category" (unset: inferred from the data).</summary>
    public string? Type { get; init; }

    /// <summary>Grow the margin so long tick labels fit.</summary>
    public bool? Automargin { get; init; }

    /// <summary>Category order: "trace", "category ascending", "total descending"...; see <see cref="CategoryOrders"/>.</summary>
    public string? CategoryOrder { get; init; }

    /// <summary>"reversed" draws the axis backwards (first category at the top of a horizontal bar chart).</summary>
    public string? AutoRange { get; init; }

    /// <summary>Tick label angle in degrees.</summary>
    public double? TickAngle { get; init; }

    /// <summary>d3 format of tick labels (e.g. ".0%").</summary>
    public string? TickFormat { get; init; }

    /// <summary>Whether a line is drawn at zero.</summary>
    public bool? ZeroLine { get; init; }

    /// <summary>Colour of the grid lines.</summary>
    public string? GridColor { get; init; }
}

/// <summary>Figure margins in pixels.</summary>
/// <param name="L">Left.</param>
/// <param name="R">Right.</param>
/// <param name="T">Top.</param>
/// <param name="B">Bottom.</param>
public sealed record Margin(
    [property: JsonPropertyName("l")] int L,
    [property: JsonPropertyName("r")] int R,
    [property: JsonPropertyName("t")] int T,
    [property: JsonPropertyName("b")] int B);

/// <summary>Legend placement.</summary>
public sealed record Legend
{
    /// <summary>"v" (default) or "h".</summary>
    public string? Orientation { get; init; }

    /// <summary>Horizontal position in figure fractions.</summary>
    public double? X { get; init; }

    /// <summary>Vertical position in figure fractions.</summary>
    public double? Y { get; init; }

    /// <summary>"auto", "left", "center" or "right".</summary>
    public string? XAnchor { get; init; }

    /// <summary>"auto", "top", "middle" or "bottom".</summary>
    public string? YAnchor { get; init; }

    /// <summary>"normal", "reversed" or "grouped".</summary>
    public string? TraceOrder { get; init; }
}

/// <summary>A font.</summary>
public sealed record Font
{
    /// <summary>CSS font family list.</summary>
    public string? Family { get; init; }

    /// <summary>Size in pixels.</summary>
    public double? Size { get; init; }

    /// <summary>CSS colour.</summary>
    public string? Color { get; init; }
}
