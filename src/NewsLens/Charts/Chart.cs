namespace NewsLens.Charts;

/// <summary>
/// Builders for the common charts: each takes plain data (labels and values, a matrix, named series, or
/// rows plus selectors) and returns a <see cref="Figure"/>. Text from the data (labels, series names,
/// titles, hover texts) is escaped with <see cref="PlotlyText.Escape"/>, so it is drawn literally.
/// </summary>
public static partial class Chart
{
    /// <summary>Vertical bars, one per label, in the given order.</summary>
    /// <param name="labels">Category labels (x axis).</param>
    /// <param name="values">Bar heights, one per label.</param>
    /// <param name="title">Chart title.</param>
    /// <param name="xTitle">x axis title.</param>
    /// <param name="yTitle">y axis title.</param>
    /// <param name="color">Bar colour; default <see cref="ChartColors.Primary"/>.</param>
    public static Figure Bar(IEnumerable<string> labels, IEnumerable<double> values, string? title = null,
        string? xTitle = null, string? yTitle = null, string? color = null)
    {
        var (l, v) = Pair(labels, values);
        var trace = new BarTrace
        {
            X = Labels(l),
            Y = Numbers(v),
            Marker = new Marker { Color = color ?? ChartColors.Primary },
            HoverTemplate = "%{x}: %{y}<extra></extra>",
        };
        return new Figure([trace], CategoryX(BaseLayout(title, xTitle, yTitle)));
    }

    /// <summary>Vertical bars from rows: one bar per row.</summary>
    public static Figure Bar<T>(IEnumerable<T> rows, Func<T, string> label, Func<T, double> value, string? title = null,
        string? xTitle = null, string? yTitle = null, string? color = null)
    {
        var list = Rows(rows, label, value);
        return Bar(list.Select(label), list.Select(value), title, xTitle, yTitle, color);
    }

    /// <summary>Horizontal bars, the first label at the top (for ranked lists such as top terms).</summary>
    /// <param name="labels">Category labels (y axis), drawn top to bottom.</param>
    /// <param name="values">Bar lengths, one per label.</param>
    /// <param name="title">Chart title.</param>
    /// <param name="xTitle">Value axis title.</param>
    /// <param name="yTitle">Category axis title.</param>
    /// <param name="color">Bar colour; default <see cref="ChartColors.Primary"/>.</param>
    public static Figure HorizontalBar(IEnumerable<string> labels, IEnumerable<double> values, string? title = null,
        string? xTitle = null, string? yTitle = null, string? color = null)
    {
        var (l, v) = Pair(labels, values);
        var trace = new BarTrace
        {
            X = Numbers(v),
            Y = Labels(l),
            Orientation = Orientations.Horizontal,
            Marker = new Marker { Color = color ?? ChartColors.Primary },
            HoverTemplate = "%{y}: %{x}<extra></extra>",
        };
        var layout = BaseLayout(title, xTitle, yTitle);
        layout = layout with
        {
            YAxis = layout.YAxis! with { Type = "category", AutoRange = "reversed" },
            Height = BarListHeight(l.Count),
        };
        return new Figure([trace], layout);
    }

    /// <summary>Horizontal bars from rows: one bar per row, the first row at the top.</summary>
    public static Figure HorizontalBar<T>(IEnumerable<T> rows, Func<T, string> label, Func<T, double> value, string? title = null,
        string? xTitle = null, string? yTitle = null, string? color = null)
    {
        var list = Rows(rows, label, value);
        return HorizontalBar(list.Select(label), list.Select(value), title, xTitle, yTitle, color);
    }

    /// <summary>
    /// Horizontal bars on both sides of zero, for signed scores such as keyness: positive values in one
    /// colour, negative in another, sorted so the largest value is at the top and the most negative at
    /// the bottom (ties keep their input order).
    /// </summary>
    /// <param name="labels">Labels, one per value.</param>
    /// <param name="values">Signed values.</param>
    /// <param name="title">Chart title.</param>
    /// <param name="valueTitle">Value axis title (e.g. "signed chi²").</param>
    /// <param name="positiveColor">Colour of bars ≥ 0; default <see cref="ChartColors.Positive"/>.</param>
    /// <param name="negativeColor">Colour of bars &lt; 0; default <see cref="ChartColors.Negative"/>.</param>
    public static Figure TwoSidedBar(IEnumerable<string> labels, IEnumerable<double> values, string? title = null,
        string? valueTitle = null, string? positiveColor = null, string? negativeColor = null)
    {
        var (l, v) = Pair(labels, values);
        // Plotly draws the first category of a horizontal bar chart at the bottom: sort ascending (stable).
        var order = Enumerable.Range(0, l.Count).OrderBy(i => v[i]).ToArray();
        var pos = positiveColor ?? ChartColors.Positive;
        var neg = negativeColor ?? ChartColors.Negative;
        var trace = new BarTrace
        {
            X = Numbers(order.Select(i => v[i])),
            Y = Labels(order.Select(i => l[i])),
            Orientation = Orientations.Horizontal,
            Marker = new Marker { Color = ColorValue.PerPoint(order.Select(i => v[i] < 0 ? neg : pos)) },
            HoverTemplate = "%{y}: %{x}<extra></extra>",
        };
        var layout = BaseLayout(title, valueTitle, null);
        layout = layout with
        {
            XAxis = layout.XAxis! with { ZeroLine = true },
            YAxis = layout.YAxis! with { Type = "category" },
            Height = BarListHeight(l.Count),
        };
        return new Figure([trace], layout);
    }

    /// <summary>Two-sided bars from rows (see <see cref="TwoSidedBar(IEnumerable{string}, IEnumerable{double}, string?, string?, string?, string?)"/>).</summary>
    public static Figure TwoSidedBar<T>(IEnumerable<T> rows, Func<T, string> label, Func<T, double> value, string? title = null,
        string? valueTitle = null, string? positiveColor = null, string? negativeColor = null)
    {
        var list = Rows(rows, label, value);
        return TwoSidedBar(list.Select(label), list.Select(value), title, valueTitle, positiveColor, negativeColor);
    }

    /// <summary>Bars grouped by category: one trace per series, side by side (series x values are the categories).</summary>
    public static Figure GroupedBar(IEnumerable<Series<string>> series, string? title = null, string? xTitle = null, string? yTitle = null)
    {
        var list = SeriesList(series);
        var traces = list.Select((s, i) => (Trace)new BarTrace
        {
            Name = PlotlyText.Escape(s.Name),
            X = Labels(s.X),
            Y = Numbers(s.Y),
            Marker = new Marker { Color = ChartColors.Series(i) },
        }).ToArray();
        var layout = CategoryX(BaseLayout(title, xTitle, yTitle)) with { BarMode = BarModes.Group };
        return new Figure(traces, layout);
    }
}
