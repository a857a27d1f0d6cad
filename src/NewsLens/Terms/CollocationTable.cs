using NewsLens.Charts;
using NewsLens.Notebooks;

namespace NewsLens.Terms;

/// <summary>
/// Collocations (<see cref="Collocations.Compute"/>), sorted by <see cref="SortBy"/>; displayed in notebooks
/// as a table of the first rows with horizontal bars of the top collocations by that measure.
/// </summary>
public sealed class CollocationTable : ResultTable<CollocationRow>
{
    /// <summary>A table of <paramref name="rows"/>, in the given order.</summary>
    /// <param name="rows">The rows.</param>
    /// <param name="sortBy">The measure the rows are sorted by (drawn by the chart).</param>
    public CollocationTable(IEnumerable<CollocationRow> rows, CollocationSort sortBy = CollocationSort.Z)
        : base(rows, $"Collocations (by {sortBy})")
    {
        SortBy = sortBy;
    }

    /// <summary>The measure the rows are sorted by.</summary>
    public CollocationSort SortBy { get; }

    /// <summary>Collocations drawn by <see cref="ResultTable{TRow}.CreateChart"/>.</summary>
    public const int ChartTop = 20;

    /// <summary>The chart: the first <paramref name="top"/> collocations as horizontal bars of <see cref="SortBy"/>.</summary>
    public Figure ToChart(int top = ChartTop) => ResultCharts.Collocations(this, SortBy, top);

    /// <inheritdoc/>
    public override Figure? CreateChart() => Count == 0 ? null : ToChart();
}
