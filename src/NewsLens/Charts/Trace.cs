using System.Text.Json.Serialization;

namespace NewsLens.Charts;

/// <summary>
/// One Plotly.js trace. Serialised with its Plotly <c>type</c> ("bar", "scatter", "heatmap") written first.
/// Attribute names follow the Plotly.js figure reference (https://plotly.com/javascript/reference/).
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(BarTrace), "bar")]
[JsonDerivedType(typeof(ScatterTrace), "scatter")]
[JsonDerivedType(typeof(HeatmapTrace), "heatmap")]
public abstract record Trace
{
    /// <summary>The trace name, shown in the legend and on hover.</summary>
    public string? Name { get; init; }

    /// <summary>Plotly hover template (e.g. "%{y}: %{x:.3f}&lt;extra&gt;&lt;/extra&gt;").</summary>
    public string? HoverTemplate { get; init; }

    /// <summary>Whether the trace appears in the legend.</summary>
    public bool? ShowLegend { get; init; }

    /// <summary>The Plotly trace type name.</summary>
    [JsonIgnore]
    public abstract string PlotlyType { get; }

    /// <summary>A short description: type, name and number of points.</summary>
    public abstract string Describe();

    private protected string Describe(int points) =>
        $"{PlotlyType}{(Name is null ? "" : " \"" + PlotlyText.Unescape(Name) + "\"")} ({points} points)";
}

/// <summary>A bar trace (https://plotly.com/javascript/reference/bar/).</summary>
public sealed record BarTrace : Trace
{
    /// <summary>Positions along x (categories for vertical bars, lengths for horizontal ones).</summary>
    public IReadOnlyList<object?>? X { get; init; }

    /// <summary>Positions along y (lengths for vertical bars, categories for horizontal ones).</summary>
    public IReadOnlyList<object?>? Y { get; init; }

    /// <summary>"v" (default) or "h"; see <see cref="Orientations"/>.</summary>
    public string? Orientation { get; init; }

    /// <summary>Bar colours.</summary>
    public Marker? Marker { get; init; }

    /// <summary>Text on or beside each bar.</summary>
    public IReadOnlyList<string?>? Text { get; init; }

    /// <summary>Where <see cref="Text"/> goes: "inside", "outside", "auto" or "none".</summary>
    public string? TextPosition { get; init; }

    /// <summary>Extra text shown on hover for each bar.</summary>
    public IReadOnlyList<string?>? HoverText { get; init; }

    /// <inheritdoc/>
    [JsonIgnore]
    public override string PlotlyType => "bar";

    /// <inheritdoc/>
    public override string Describe() => Describe(Math.Max(X?.Count ?? 0, Y?.Count ?? 0));
}

/// <summary>A scatter trace: lines, markers or stacked areas (https://plotly.com/javascript/reference/scatter/).</summary>
public sealed record ScatterTrace : Trace
{
    /// <summary>x coordinates (numbers, dates or categories).</summary>
    public IReadOnlyList<object?>? X { get; init; }

    /// <summary>y coordinates.</summary>
    public IReadOnlyList<object?>? Y { get; init; }

    /// <summary>"lines", "markers" or "lines+markers"; see <see cref="ScatterModes"/>.</summary>
    public string? Mode { get; init; }

    /// <summary>Traces with the same stack group are stacked (areas filled to the previous trace).</summary>
    public string? StackGroup { get; init; }

    /// <summary>Normalisation of a stack group: "" (none), "fraction" or "percent".</summary>
    public string? GroupNorm { get; init; }

    /// <summary>Area fill: "none", "tozeroy", "tonexty"...</summary>
    public string? Fill { get; init; }

    /// <summary>Line style.</summary>
    public Line? Line { get; init; }

    /// <summary>Marker style.</summary>
    public Marker? Marker { get; init; }

    /// <summary>Text attached to each point.</summary>
    public IReadOnlyList<string?>? Text { get; init; }

    /// <summary>Extra text shown on hover for each point.</summary>
    public IReadOnlyList<string?>? HoverText { get; init; }

    /// <inheritdoc/>
    [JsonIgnore]
    public override string PlotlyType => "scatter";

    /// <inheritdoc/>
    public override string Describe() => Describe(Math.Max(X?.Count ?? 0, Y?.Count ?? 0));
}

/// <summary>A heatmap trace (https://plotly.com/javascript/reference/heatmap/).</summary>
public sealed record HeatmapTrace : Trace
{
    /// <summary>Values, one row per y label and one column per x label; null leaves a gap.</summary>
    public IReadOnlyList<IReadOnlyList<double?>>? Z { get; init; }

    /// <summary>Column labels.</summary>
    public IReadOnlyList<object?>? X { get; init; }

    /// <summary>Row labels (the first row is drawn at the bottom unless the y axis is reversed).</summary>
    public IReadOnlyList<object?>? Y { get; init; }

    /// <summary>Colour scale as stops from 0 to 1.</summary>
    public IReadOnlyList<ColorStop>? ColorScale { get; init; }

    /// <summary>The value placed at the middle of the colour scale (0 for diverging scores).</summary>
    public double? ZMid { get; init; }

    /// <summary>The value mapped to the lowest colour.</summary>
    public double? ZMin { get; init; }

    /// <summary>The value mapped to the highest colour.</summary>
    public double? ZMax { get; init; }

    /// <summary>Text for each cell (same shape as <see cref="Z"/>).</summary>
    public IReadOnlyList<IReadOnlyList<string?>>? Text { get; init; }

    /// <summary>Hover text for each cell (same shape as <see cref="Z"/>).</summary>
    public IReadOnlyList<IReadOnlyList<string?>>? HoverText { get; init; }

    /// <summary>Gap in pixels between columns.</summary>
    public int? XGap { get; init; }

    /// <summary>Gap in pixels between rows.</summary>
    public int? YGap { get; init; }

    /// <summary>The colour bar beside the heatmap.</summary>
    public ColorBar? ColorBar { get; init; }

    /// <inheritdoc/>
    [JsonIgnore]
    public override string PlotlyType => "heatmap";

    /// <inheritdoc/>
    public override string Describe() =>
        $"{Describe(Z?.Sum(r => r.Count) ?? 0)} {Z?.Count ?? 0}x{(Z is { Count: > 0 } ? Z[0].Count : 0)}";
}
