using NewsLens.Charts;
using NewsLens.Notebooks;

namespace NewsLens.Terms;

/// <summary>
/// Keywords in context (<see cref="Kwic.Find"/>), displayed in notebooks as a concordance: the words before
/// the match right-aligned, the match bold and centred, the words after it left-aligned. It has no chart.
/// </summary>
public sealed class KwicTable : ResultTable<KwicRow>
{
    /// <summary>A table of <paramref name="rows"/>, in the given order.</summary>
    /// <param name="rows">The rows.</param>
    /// <param name="pattern">The pattern searched for (shown in the caption).</param>
    public KwicTable(IEnumerable<KwicRow> rows, string? pattern = null)
        : base(rows, pattern is null ? "Keywords in context" : $"Keywords in context: {pattern}")
    {
        Pattern = pattern;
    }

    /// <summary>The pattern searched for, if known.</summary>
    public string? Pattern { get; }

    /// <summary>The concordance as an HTML table with the keyword centred (see <see cref="ResultCharts.KwicHtml"/>).</summary>
    public override string ToHtml() => ResultCharts.KwicHtml(this, MaxDisplayRows, Caption);

    /// <summary>The concordance as aligned text.</summary>
    public override string ToText() => ResultCharts.KwicText(this, MaxDisplayRows, Caption);
}
