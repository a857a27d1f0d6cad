namespace NewsLens.Charts;

public static partial class Chart
{
    /// <summary>
    /// A heatmap of <paramref name="z"/>[row, column] with rows labelled by <paramref name="yLabels"/> (first
    /// row at the top) and columns by <paramref name="xLabels"/>. Diverging (default): a red–white–blue
    /// scale centred on 0 (zmid) for signed scores such as sentiment or stance; otherwise a sequential scale.
    /// NaN cells are left empty.
    /// </summary>
    /// <param name="xLabels">Column labels.</param>
    /// <param name="yLabels">Row labels.</param>
    /// <param name="z">Values, [row, column].</param>
    /// <param name="title">Chart title.</param>
    /// <param name="hoverText">Optional hover text per cell, same shape as <paramref name="z"/>.</param>
    /// <param name="diverging">Diverging scale centred on 0 (true) or sequential scale (false).</param>
    /// <param name="colorbarTitle">Title of the colour bar.</param>
    /// <param name="xTitle">x axis title.</param>
    /// <param name="yTitle">y axis title.</param>
    /// <exception cref="ArgumentException">The shapes do not match.</exception>
    public static Figure Heatmap(IReadOnlyList<string> xLabels, IReadOnlyList<string> yLabels, double[,] z,
        string? title = null, string?[,]? hoverText = null, bool diverging = true, string? colorbarTitle = null,
        string? xTitle = null, string? yTitle = null)
    {
        ArgumentNullException.ThrowIfNull(xLabels);
        ArgumentNullException.ThrowIfNull(yLabels);
        ArgumentNullException.ThrowIfNull(z);
        if (z.GetLength(0) != yLabels.Count || z.GetLength(1) != xLabels.Count)
            throw new ArgumentException(
                $"z is {z.GetLength(0)}x{z.GetLength(1)} (rows x columns) but there are {yLabels.Count} y labels and {xLabels.Count} x labels.", nameof(z));
        if (hoverText is not null && (hoverText.GetLength(0) != z.GetLength(0) || hoverText.GetLength(1) != z.GetLength(1)))
            throw new ArgumentException(
                $"hoverText is {hoverText.GetLength(0)}x{hoverText.GetLength(1)} but z is {z.GetLength(0)}x{z.GetLength(1)}.", nameof(hoverText));
        int rows = z.GetLength(0), cols = z.GetLength(1);
        var zRows = new IReadOnlyList<double?>[rows];
        for (var r = 0; r < rows; r++)
        {
            var row = new double?[cols];
            for (var c = 0; c < cols; c++) row[c] = double.IsFinite(z[r, c]) ? z[r, c] : null;
            zRows[r] = row;
        }
        IReadOnlyList<IReadOnlyList<string?>>? hover = null;
        if (hoverText is not null)
        {
            var h = new IReadOnlyList<string?>[rows];
            for (var r = 0; r < rows; r++)
            {
                var row = new string?[cols];
                for (var c = 0; c < cols; c++) row[c] = PlotlyText.EscapeOrNull(hoverText[r, c]);
                h[r] = row;
            }
            hover = h;
        }
        var trace = new HeatmapTrace
        {
            Z = zRows,
            X = Labels(xLabels),
            Y = Labels(yLabels),
            ColorScale = diverging ? ChartColors.Diverging : ChartColors.Sequential,
            ZMid = diverging ? 0 : null,
            HoverText = hover,
            XGap = 1,
            YGap = 1,
            ColorBar = colorbarTitle is null ? null : new ColorBar { Title = new Title(PlotlyText.Escape(colorbarTitle)) },
        };
        var layout = BaseLayout(title, xTitle, yTitle);
        layout = layout with
        {
            XAxis = layout.XAxis! with { Type = "category" },
            YAxis = layout.YAxis! with { Type = "category", AutoRange = "reversed" },
            Height = Math.Max(320, 28 * rows + 160),
        };
        return new Figure([trace], layout);
    }

    /// <summary>
    /// A heatmap from long-format rows (one row per cell): columns and rows in order of first appearance,
    /// missing cells empty. See the matrix overload of <c>Heatmap</c>.
    /// </summary>
    /// <exception cref="ArgumentException">Two rows have the same x and y.</exception>
    public static Figure Heatmap<T>(IEnumerable<T> rows, Func<T, string> x, Func<T, string> y, Func<T, double> z,
        string? title = null, Func<T, string?>? hoverText = null, bool diverging = true, string? colorbarTitle = null,
        string? xTitle = null, string? yTitle = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        ArgumentNullException.ThrowIfNull(z);
        var list = rows.ToList();
        var xs = list.Select(x).Distinct(StringComparer.Ordinal).ToList();
        var ys = list.Select(y).Distinct(StringComparer.Ordinal).ToList();
        var xi = xs.Select((s, i) => (s, i)).ToDictionary(p => p.s, p => p.i, StringComparer.Ordinal);
        var yi = ys.Select((s, i) => (s, i)).ToDictionary(p => p.s, p => p.i, StringComparer.Ordinal);
        var matrix = new double[ys.Count, xs.Count];
        for (var r = 0; r < ys.Count; r++) for (var c = 0; c < xs.Count; c++) matrix[r, c] = double.NaN;
        var hover = hoverText is null ? null : new string?[ys.Count, xs.Count];
        var seen = new bool[ys.Count, xs.Count];
        foreach (var row in list)
        {
            int r = yi[y(row)], c = xi[x(row)];
            if (seen[r, c])
                throw new ArgumentException($"Two rows have x = \"{x(row)}\" and y = \"{y(row)}\"; a heatmap needs one row per cell.", nameof(rows));
            seen[r, c] = true;
            matrix[r, c] = z(row);
            if (hover is not null) hover[r, c] = hoverText!(row);
        }
        return Heatmap(xs, ys, matrix, title, hover, diverging, colorbarTitle, xTitle, yTitle);
    }
}
