using NewsLens.Charts;
using NewsLens.Notebooks;

namespace NewsLens.Terms;

/// <summary>
/// Term frequencies (<see cref="Frequency.Compute"/>): the ranked rows, displayed in notebooks as a table of
/// the first rows with a horizontal bar chart of the top terms (grouped bars when grouped).
/// </summary>
public sealed class FrequencyTable : ResultTable<FrequencyRow>
{
    /// <summary>A table of <paramref name="rows"/>, in the given order.</summary>
    public FrequencyTable(IEnumerable<FrequencyRow> rows) : base(rows, "Term frequencies") { }

    /// <summary>Terms drawn by <see cref="ResultTable{TRow}.CreateChart"/>.</summary>
    public const int ChartTop = 25;

    /// <summary>The chart: the first <paramref name="top"/> terms as horizontal bars (see <see cref="ResultCharts.Frequencies"/>).</summary>
    public Figure ToChart(int top = ChartTop) => ResultCharts.Frequencies(this, top);

    /// <inheritdoc/>
    public override Figure? CreateChart() => Count == 0 ? null : ToChart();
}
