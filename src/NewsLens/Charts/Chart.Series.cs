namespace NewsLens.Charts;

public static partial class Chart
{
    /// <summary>One line per series (e.g. a measure over time per outlet).</summary>
    /// <param name="series">The series, drawn and listed in the legend in order.</param>
    /// <param name="title">Chart title.</param>
    /// <param name="xTitle">x axis title.</param>
    /// <param name="yTitle">y axis title.</param>
    /// <param name="markers">Also draw a marker at each point.</param>
    public static Figure Lines<TX>(IEnumerable<Series<TX>> series, string? title = null, string? xTitle = null,
        string? yTitle = null, bool markers = false)
    {
        var list = SeriesList(series);
        var traces = list.Select((s, i) => (Trace)new ScatterTrace
        {
            Name = PlotlyText.Escape(s.Name),
            X = Values(s.X),
            Y = Numbers(s.Y),
            Mode = markers ? ScatterModes.LinesAndMarkers : ScatterModes.Lines,
            Line = new Line { Color = ChartColors.Series(i) },
        }).ToArray();
        var layout = XLayout<TX>(BaseLayout(title, xTitle, yTitle)) with { HoverMode = HoverModes.XUnified };
        return new Figure(traces, layout);
    }

    /// <summary>
    /// Stacked areas, one per series (e.g. topic shares over time): each series is stacked on the ones
    /// before it. With <paramref name="percent"/> the stack at each x is scaled to 100.
    /// </summary>
    /// <param name="series">The series, stacked bottom to top in order; they should share their x values.</param>
    /// <param name="title">Chart title.</param>
    /// <param name="xTitle">x axis title.</param>
    /// <param name="yTitle">y axis title.</param>
    /// <param name="percent">Normalise each x to 100% (Plotly <c>groupnorm: "percent"</c>).</param>
    public static Figure StackedArea<TX>(IEnumerable<Series<TX>> series, string? title = null, string? xTitle = null,
        string? yTitle = null, bool percent = false)
    {
        var list = SeriesList(series);
        var traces = list.Select((s, i) => (Trace)new ScatterTrace
        {
            Name = PlotlyText.Escape(s.Name),
            X = Values(s.X),
            Y = Numbers(s.Y),
            Mode = ScatterModes.Lines,
            StackGroup = "one",
            GroupNorm = percent && i == 0 ? "percent" : null,
            Line = new Line { Color = ChartColors.Series(i), Width = 0.5 },
        }).ToArray();
        var layout = XLayout<TX>(BaseLayout(title, xTitle, yTitle)) with { HoverMode = HoverModes.XUnified };
        return new Figure(traces, layout);
    }
}
