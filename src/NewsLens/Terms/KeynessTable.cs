using NewsLens.Charts;
using NewsLens.Notebooks;

namespace NewsLens.Terms;

/// <summary>
/// Keyness of a target against a reference (<see cref="Keyness.Compute(DocumentFeatureMatrix, Func{Corpora.DocumentInfo, bool}, KeynessOptions?)"/>),
/// displayed in notebooks as a table of the first rows with two-sided bars of the top target-heavy and
/// reference-heavy terms.
/// </summary>
public sealed class KeynessTable : ResultTable<KeynessRow>
{
    /// <summary>A table of <paramref name="rows"/>, in the given order.</summary>
    /// <param name="rows">The rows.</param>
    /// <param name="measure">The measure the rows were scored and sorted by (drawn by the chart).</param>
    public KeynessTable(IEnumerable<KeynessRow> rows, KeynessMeasure measure = KeynessMeasure.Chi2)
        : base(rows, $"Keyness ({measure})")
    {
        Measure = measure;
    }

    /// <summary>The measure the rows were scored and sorted by.</summary>
    public KeynessMeasure Measure { get; }

    /// <summary>Terms drawn on each side by <see cref="ResultTable{TRow}.CreateChart"/>.</summary>
    public const int ChartTop = 15;

    /// <summary>The chart: two-sided bars of the <paramref name="top"/> terms on each side (see <see cref="ResultCharts.Keyness"/>).</summary>
    public Figure ToChart(int top = ChartTop) => ResultCharts.Keyness(this, top, Measure);

    /// <inheritdoc/>
    public override Figure? CreateChart() => Count == 0 ? null : ToChart();
}
