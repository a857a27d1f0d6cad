using NewsLens.Charts;
using NewsLens.Notebooks;

namespace NewsLens.Actors;

/// <summary>The quotations of a corpus (<see cref="QuoteExtraction"/>); charts as bars of quotations per speaker.</summary>
public sealed class QuotesTable : ResultTable<QuoteRow>
{
    /// <summary>A table of <paramref name="rows"/>.</summary>
    /// <param name="rows">The quotation rows.</param>
    public QuotesTable(IEnumerable<QuoteRow> rows) : base(rows, "Quotes") { }

    /// <summary>Number of quotations (direct and reported) per speaker, most quoted first; unattributed ones left out.</summary>
    public IReadOnlyList<(string Speaker, int Direct, int Reported)> BySpeaker() =>
        this.Where(q => q.Speaker is not null)
            .GroupBy(q => q.Speaker!, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Count(q => q.Kind == "direct"), g.Count(q => q.Kind == "reported")))
            .OrderByDescending(s => s.Item2 + s.Item3).ThenBy(s => s.Key, StringComparer.Ordinal)
            .ToList();

    /// <inheritdoc/>
    public override Figure? CreateChart()
    {
        var speakers = BySpeaker().Take(20).ToList();
        if (speakers.Count == 0) return null;
        var names = speakers.Select(s => s.Speaker).ToList();
        return Chart.GroupedBar(
            [Series.Of("direct", names, speakers.Select(s => (double)s.Direct)), Series.Of("reported", names, speakers.Select(s => (double)s.Reported))],
            "Quotations per speaker", "speaker", "quotations");
    }
}
