namespace NewsLens.Charts;

public static partial class Chart
{
    /// <summary>The layout every builder starts from: title, axis titles, long labels given room.</summary>
    internal static Layout BaseLayout(string? title, string? xTitle, string? yTitle) => new()
    {
        Title = title is null ? null : new Title(PlotlyText.Escape(title)),
        XAxis = new Axis { Title = xTitle is null ? null : new Title(PlotlyText.Escape(xTitle)), Automargin = true },
        YAxis = new Axis { Title = yTitle is null ? null : new Title(PlotlyText.Escape(yTitle)), Automargin = true },
    };

    /// <summary>
    /// Marks the x axis as categorical. Plotly infers an axis type from the values, so labels such as
    /// "2019" or "3" would otherwise make a numeric axis (with ticks like "2,019.5").
    /// </summary>
    internal static Layout CategoryX(Layout layout) => layout with { XAxis = layout.XAxis! with { Type = "category" } };

    /// <summary>A categorical x axis when the series' x values are strings; otherwise Plotly's inference (dates, numbers).</summary>
    internal static Layout XLayout<TX>(Layout layout) => typeof(TX) == typeof(string) ? CategoryX(layout) : layout;

    /// <summary>Height for a list of horizontal bars: 22 px per bar plus room for title and axis, at least 300 px.</summary>
    internal static int BarListHeight(int bars) => Math.Max(300, 22 * bars + 140);

    private static (IReadOnlyList<string> Labels, IReadOnlyList<double> Values) Pair(IEnumerable<string> labels, IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(values);
        var l = labels.ToArray();
        var v = values.ToArray();
        if (l.Length != v.Length)
            throw new ArgumentException($"There are {l.Length} labels but {v.Length} values; they must match.", nameof(values));
        for (var i = 0; i < l.Length; i++)
            if (l[i] is null) throw new ArgumentException($"Label {i} is null.", nameof(labels));
        return (l, v);
    }

    private static List<T> Rows<T>(IEnumerable<T> rows, Func<T, string> label, Func<T, double> value)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(label);
        ArgumentNullException.ThrowIfNull(value);
        return rows.ToList();
    }

    private static IReadOnlyList<Series<TX>> SeriesList<TX>(IEnumerable<Series<TX>> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var list = series.ToArray();
        if (list.Any(s => s is null)) throw new ArgumentException("A series is null.", nameof(series));
        return list;
    }

    private static object?[] Labels(IEnumerable<string> labels) => labels.Select(l => (object?)PlotlyText.Escape(l)).ToArray();

    private static object?[] Numbers(IEnumerable<double> values) => values.Select(v => (object?)v).ToArray();

    private static object?[] Values<TX>(IEnumerable<TX> values) =>
        values.Select(v => v is string s ? PlotlyText.Escape(s) : (object?)v).ToArray();
}
