using System.Collections;
using System.Text;
using NewsLens.Charts;

namespace NewsLens.Notebooks;

/// <summary>
/// A typed table of result rows that displays itself: in notebooks as an HTML table of its first rows
/// (plus its chart, if it has one), as text elsewhere. Result types can derive from it (overriding
/// <see cref="CreateChart"/>) or wrap their rows in it. The notebook attribute is inherited.
/// </summary>
/// <typeparam name="TRow">The row record; its public properties are the columns.</typeparam>
[TypeFormatterSource(typeof(NewsLensFormatterSource), PreferredMimeTypes = new[] { "text/html", "text/plain" })]
public class ResultTable<TRow> : IReadOnlyList<TRow>, IHtmlRenderable
{
    private readonly IReadOnlyList<TRow> _rows;
    private readonly Func<ResultTable<TRow>, Figure>? _chart;

    /// <summary>A table of <paramref name="rows"/> (copied).</summary>
    /// <param name="rows">The rows.</param>
    /// <param name="caption">Caption shown above the table.</param>
    /// <param name="chart">Optional chart of the table, drawn below it in notebooks.</param>
    /// <param name="maxDisplayRows">Rows shown in notebooks and text (≥ 0).</param>
    public ResultTable(IEnumerable<TRow> rows, string? caption = null, Func<ResultTable<TRow>, Figure>? chart = null, int maxDisplayRows = 20)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentOutOfRangeException.ThrowIfNegative(maxDisplayRows);
        _rows = rows.ToArray();
        Caption = caption;
        _chart = chart;
        MaxDisplayRows = maxDisplayRows;
    }

    /// <summary>Caption shown above the table.</summary>
    public string? Caption { get; }

    /// <summary>Rows shown when displayed.</summary>
    public int MaxDisplayRows { get; }

    /// <inheritdoc/>
    public int Count => _rows.Count;

    /// <inheritdoc/>
    public TRow this[int index] => _rows[index];

    /// <summary>The chart of this table, or null when it has none.</summary>
    public virtual Figure? CreateChart() => _chart?.Invoke(this);

    /// <summary>The table (and the chart below it, if any) as HTML; plotly.js comes from the CDN.</summary>
    public virtual string ToHtml()
    {
        var sb = new StringBuilder();
        sb.Append("<div class=\"newslens-result\">\n");
        sb.Append(HtmlTable.From(_rows, MaxDisplayRows, Caption));
        if (CreateChart() is { } figure) sb.Append('\n').Append(PlotlyHtml.ToHtmlFragment(figure));
        sb.Append("\n</div>");
        return sb.ToString();
    }

    /// <summary>The table as aligned text.</summary>
    public virtual string ToText() => TextTable.From(_rows, MaxDisplayRows, Caption);

    /// <inheritdoc/>
    public IEnumerator<TRow> GetEnumerator() => _rows.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc/>
    public override string ToString() =>
        $"{(Caption ?? "ResultTable")}<{typeof(TRow).Name}> ({Count} rows)";
}
