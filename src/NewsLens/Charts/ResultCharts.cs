using NewsLens.Actors;
using NewsLens.Corpora;
using NewsLens.Terms;

namespace NewsLens.Charts;

/// <summary>
/// The natural chart of each NewsLens result, as a plain <see cref="Figure"/>: top terms as horizontal bars,
/// keyness as two-sided bars, collocations as bars of their sort measure, actors as bars of mentions and as
/// an actor × document heatmap. The result types' <c>ToChart()</c> methods call these; rendering is separate
/// (<see cref="PlotlyHtml"/>).
/// </summary>
public static partial class ResultCharts
{
    /// <summary>
    /// The most frequent terms as horizontal bars (the first row at the top). A grouped table (rows with a
    /// <see cref="FrequencyRow.Group"/>) gives grouped vertical bars: one series per group over the terms
    /// that are among the first <paramref name="top"/> of any group (at most <paramref name="top"/> terms).
    /// </summary>
    /// <param name="rows">Frequency rows as <see cref="Frequency.Compute"/> returns them (ranked).</param>
    /// <param name="top">How many terms to draw (≥ 1).</param>
    /// <param name="title">Chart title.</param>
    public static Figure Frequencies(IEnumerable<FrequencyRow> rows, int top = 25, string? title = "Most frequent terms")
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        var list = rows.ToList();
        if (!list.Any(r => r.Group is not null))
            return Chart.HorizontalBar(list.Take(top), r => r.Feature, r => r.Frequency, title, "frequency");

        var groups = list.GroupBy(r => r.Group ?? "(none)").ToList();
        var terms = groups.SelectMany(g => g.Take(top).Select(r => r.Feature)).Distinct(StringComparer.Ordinal).Take(top).ToList();
        var series = groups.Select(g =>
        {
            var counts = g.GroupBy(r => r.Feature, StringComparer.Ordinal).ToDictionary(x => x.Key, x => x.First().Frequency, StringComparer.Ordinal);
            return Series.Of(g.Key, terms, terms.Select(t => counts.GetValueOrDefault(t)));
        });
        return Chart.GroupedBar(series, title, "term", "frequency");
    }

    /// <summary>
    /// Keyness as two-sided bars: the <paramref name="top"/> terms most over-used in the target (positive
    /// scores, at the top) and the <paramref name="top"/> most over-used in the reference (negative scores,
    /// at the bottom), by the signed <paramref name="measure"/> (Chi2, G2 or PMI). Non-finite scores are left out.
    /// </summary>
    /// <param name="rows">Keyness rows (any order).</param>
    /// <param name="top">Terms drawn on each side (≥ 1).</param>
    /// <param name="measure">The score drawn.</param>
    /// <param name="title">Chart title.</param>
    public static Figure Keyness(IEnumerable<KeynessRow> rows, int top = 15, KeynessMeasure measure = KeynessMeasure.Chi2,
        string? title = "Keyness: target (top) vs reference (bottom)")
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        Func<KeynessRow, double> score = KeynessScore(measure);
        var list = rows.Where(r => double.IsFinite(score(r))).ToList();
        var target = list.Where(r => score(r) > 0).OrderByDescending(score).Take(top);
        var reference = list.Where(r => score(r) < 0).OrderBy(score).Take(top);
        var picked = target.Concat(reference).ToList();
        return Chart.TwoSidedBar(picked, r => r.Feature, score, title, KeynessAxisTitle(measure));
    }

    /// <summary>Collocations as horizontal bars of the measure they are sorted by (the first row at the top).</summary>
    /// <param name="rows">Collocation rows, already sorted (as <see cref="Collocations.Compute"/> returns them).</param>
    /// <param name="sortBy">The measure drawn.</param>
    /// <param name="top">How many collocations to draw (≥ 1).</param>
    /// <param name="title">Chart title.</param>
    public static Figure Collocations(IEnumerable<CollocationRow> rows, CollocationSort sortBy = CollocationSort.Z, int top = 20,
        string? title = "Collocations")
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        Func<CollocationRow, double> value = sortBy switch
        {
            CollocationSort.Count => r => r.Count,
            CollocationSort.Pmi => r => r.Pmi,
            CollocationSort.G2 => r => r.G2,
            CollocationSort.TScore => r => r.TScore,
            CollocationSort.Lambda => r => r.Lambda,
            CollocationSort.Z => r => r.Z,
            _ => throw new ArgumentException($"SortBy {(int)sortBy} is not valid; valid: {string.Join(", ", Enum.GetNames<CollocationSort>())}.", nameof(sortBy)),
        };
        return Chart.HorizontalBar(rows.Take(top), r => r.Collocation, value, title, sortBy.ToString());
    }

    /// <summary>Actors as horizontal bars of their mentions, most mentioned at the top.</summary>
    /// <param name="actors">Actor summaries.</param>
    /// <param name="top">How many actors to draw (≥ 1).</param>
    /// <param name="kind">Only actors of this kind; null for all.</param>
    /// <param name="title">Chart title.</param>
    public static Figure ActorMentions(IEnumerable<ActorSummary> actors, int top = 20, ActorKind? kind = null, string? title = "Actor mentions")
    {
        ArgumentNullException.ThrowIfNull(actors);
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        var list = actors.Where(a => kind is null || a.Kind == kind)
            .OrderByDescending(a => a.Mentions).ThenBy(a => a.Actor, StringComparer.Ordinal)
            .Take(top);
        return Chart.HorizontalBar(list, a => a.Actor, a => a.Mentions, title, "mentions");
    }

    /// <summary>
    /// Mentions per actor and document as a heatmap (sequential scale): rows are the <paramref name="top"/>
    /// most mentioned actors (most at the top), columns the documents in order of first mention; a document
    /// that does not mention an actor is an empty cell.
    /// </summary>
    /// <param name="mentions">Actor mentions.</param>
    /// <param name="top">How many actors (≥ 1).</param>
    /// <param name="kind">Only actors of this kind; null for all.</param>
    /// <param name="title">Chart title.</param>
    public static Figure ActorDocumentHeatmap(IEnumerable<ActorMention> mentions, int top = 15, ActorKind? kind = null,
        string? title = "Mentions per document")
    {
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        var list = mentions.Where(m => kind is null || m.Kind == kind).ToList();
        var actors = list.GroupBy(m => m.Actor, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(top).Select(g => g.Key).ToList();
        var chosen = new HashSet<string>(actors, StringComparer.Ordinal);
        var cells = list.Where(m => chosen.Contains(m.Actor))
            .GroupBy(m => (m.DocumentId, m.Actor))
            .Select(g => (g.Key.DocumentId, g.Key.Actor, N: g.Count()))
            .ToList();
        var documents = cells.Select(c => c.DocumentId).Distinct(StringComparer.Ordinal).ToList();
        var z = new double[actors.Count, documents.Count];
        var hover = new string?[actors.Count, documents.Count];
        for (var r = 0; r < actors.Count; r++)
            for (var c = 0; c < documents.Count; c++) z[r, c] = double.NaN;
        var ai = actors.Select((a, i) => (a, i)).ToDictionary(p => p.a, p => p.i, StringComparer.Ordinal);
        var di = documents.Select((d, i) => (d, i)).ToDictionary(p => p.d, p => p.i, StringComparer.Ordinal);
        foreach (var (document, actor, n) in cells)
        {
            z[ai[actor], di[document]] = n;
            hover[ai[actor], di[document]] = $"{actor} in {document}: {n} mention{(n == 1 ? "" : "s")}";
        }
        return Chart.Heatmap(documents, actors, z, title, hover, diverging: false, colorbarTitle: "mentions", xTitle: "document");
    }

    /// <summary>Documents per outlet as horizontal bars (largest at the top).</summary>
    /// <param name="summary">A corpus summary.</param>
    /// <param name="title">Chart title.</param>
    public static Figure Outlets(CorpusSummary summary, string? title = "Documents per outlet")
    {
        ArgumentNullException.ThrowIfNull(summary);
        var outlets = summary.Outlets.OrderByDescending(o => o.Documents).ThenBy(o => o.Outlet, StringComparer.Ordinal);
        return Chart.HorizontalBar(outlets, o => o.Outlet, o => o.Documents, title, "documents");
    }

    /// <summary>The signed score of a keyness row for <paramref name="measure"/>.</summary>
    internal static Func<KeynessRow, double> KeynessScore(KeynessMeasure measure) => measure switch
    {
        KeynessMeasure.LogLikelihood => r => r.G2,
        KeynessMeasure.Pmi => r => r.Pmi,
        KeynessMeasure.Chi2 => r => r.Chi2,
        _ => throw new ArgumentException($"Measure {(int)measure} is not valid; valid: {string.Join(", ", Enum.GetNames<KeynessMeasure>())}.", nameof(measure)),
    };

    private static string KeynessAxisTitle(KeynessMeasure measure) => measure switch
    {
        KeynessMeasure.LogLikelihood => "signed G²",
        KeynessMeasure.Pmi => "PMI",
        _ => "signed chi²",
    };
}
