using System.Globalization;
using NewsLens.Charts;

namespace NewsLens.Sentiment;

/// <summary>The charts of actor sentiment results, as plain <see cref="Figure"/>s.</summary>
public static class ActorSentimentCharts
{
    /// <summary>Diverging bars of the mean score per actor (negative left, positive right), for the most-mentioned actors.</summary>
    /// <param name="rows">Overall rows.</param>
    /// <param name="top">How many actors, by mentions (≥ 1).</param>
    /// <param name="title">Chart title.</param>
    public static Figure MeanScoreBars(IEnumerable<ActorOverallSentiment> rows, int top = 25,
        string? title = "Mean sentiment toward each actor")
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        var picked = rows.OrderByDescending(r => r.Mentions).ThenBy(r => r.Actor, StringComparer.Ordinal).Take(top).ToList();
        return Chart.TwoSidedBar(picked, r => $"{r.Actor} ({r.Mentions})", r => r.MeanScore, title, "mean target-dependent score (−1 … 1)");
    }

    /// <summary>
    /// An actor × document heatmap of the mean score (diverging, centred on 0) for the most-mentioned actors;
    /// hovering a cell shows the sentence that speaks most strongly in the cell's direction. Rows: actors by total
    /// mentions (ties by name, ordinal); columns: the documents' labels in ordinal order (labels that start with
    /// the date, "2019-04-03 d1", are in time order). Documents that share a label get their id appended
    /// ("Turkey deal (d7)"), so each keeps its own column.
    /// </summary>
    /// <param name="rows">Per-document rows.</param>
    /// <param name="documentLabels">Column labels by document id; the id when missing.</param>
    /// <param name="topActors">How many actors, by total mentions (≥ 1).</param>
    /// <param name="title">Chart title.</param>
    public static Figure DocumentHeatmap(IEnumerable<ActorDocumentSentiment> rows, IReadOnlyDictionary<string, string>? documentLabels = null,
        int topActors = 20, string? title = "Mean sentiment toward actors per article")
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentOutOfRangeException.ThrowIfLessThan(topActors, 1);
        var list = rows.ToList();
        var actors = list.GroupBy(r => r.Actor, StringComparer.Ordinal)
            .OrderByDescending(g => g.Sum(r => r.Mentions)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(topActors).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        var labels = UniqueLabels(list.Select(r => r.DocumentId), documentLabels);
        string Label(string id) => labels[id];
        var cells = list.Where(r => actors.Contains(r.Actor))
            .OrderBy(r => Label(r.DocumentId), StringComparer.Ordinal).ToList();
        var actorOrder = cells.GroupBy(r => r.Actor).OrderByDescending(g => g.Sum(r => r.Mentions)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select((g, i) => (g.Key, i)).ToDictionary(p => p.Key, p => p.i, StringComparer.Ordinal);
        cells = cells.OrderBy(r => actorOrder[r.Actor]).ThenBy(r => Label(r.DocumentId), StringComparer.Ordinal).ToList();
        // the first row holds every column in label order
        var xs = cells.Select(r => Label(r.DocumentId)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var ys = actorOrder.OrderBy(p => p.Value).Select(p => p.Key).ToList();
        var z = new double[ys.Count, xs.Count];
        var hover = new string?[ys.Count, xs.Count];
        for (int r = 0; r < ys.Count; r++) for (int c = 0; c < xs.Count; c++) z[r, c] = double.NaN;
        var xi = xs.Select((x, i) => (x, i)).ToDictionary(p => p.x, p => p.i, StringComparer.Ordinal);
        foreach (var cell in cells)
        {
            int r = actorOrder[cell.Actor], c = xi[Label(cell.DocumentId)];
            z[r, c] = cell.MeanScore;
            var evidence = cell.MeanScore < 0 ? cell.MostNegative : cell.MostPositive;
            hover[r, c] = $"{cell.Actor}, {Label(cell.DocumentId)}: mean {cell.MeanScore.ToString("0.00", CultureInfo.InvariantCulture)} over {Mentions(cell.Mentions)} — {Shorten(evidence)}";
        }
        return Chart.Heatmap(xs, ys, z, title, hover, diverging: true, colorbarTitle: "mean score", xTitle: "article");
    }

    /// <summary>
    /// A column label per document id: its label from <paramref name="documentLabels"/> (the id when missing); when
    /// documents share a label, each of them gets its id appended ("Turkey deal (d7)"), so no cell overwrites another.
    /// </summary>
    private static Dictionary<string, string> UniqueLabels(IEnumerable<string> ids, IReadOnlyDictionary<string, string>? documentLabels)
    {
        var labels = ids.Distinct(StringComparer.Ordinal).ToDictionary(id => id,
            id => documentLabels is not null && documentLabels.TryGetValue(id, out var l) ? l : id, StringComparer.Ordinal);
        var shared = labels.GroupBy(p => p.Value, StringComparer.Ordinal).Where(g => g.Count() > 1).SelectMany(g => g.Select(p => p.Key)).ToList();
        foreach (var id in shared) labels[id] = $"{labels[id]} ({id})";
        return labels;
    }

    /// <summary>
    /// The mean score per period as one line per actor, for the most-mentioned actors. Every line runs over all
    /// periods (in text order, so the axis is in time order whichever actor comes first); a period in which an actor
    /// is not mentioned is a gap.
    /// </summary>
    /// <param name="rows">Rows grouped by a period field (groups sort as text: "2019-04" before "2019-05"); the group "(none)" is left out.</param>
    /// <param name="field">The period field, for the axis title.</param>
    /// <param name="topActors">How many actors, by total mentions (≥ 1; ties by name, ordinal).</param>
    /// <param name="title">Chart title.</param>
    public static Figure OverTime(IEnumerable<ActorGroupSentiment> rows, string field, int topActors = 6,
        string? title = "Mean sentiment toward actors over time")
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentOutOfRangeException.ThrowIfLessThan(topActors, 1);
        var list = rows.Where(r => r.Group != "(none)").ToList();
        var periods = list.Select(r => r.Group).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var series = TopActors(list, topActors)
            .Select(g =>
            {
                var scores = g.GroupBy(r => r.Group, StringComparer.Ordinal).ToDictionary(p => p.Key, p => p.First().MeanScore, StringComparer.Ordinal);
                return Series.Of(g.Key, periods, periods.Select(p => scores.TryGetValue(p, out var s) ? s : double.NaN));
            });
        return Chart.Lines(series, title, field, "mean score", markers: true);
    }

    /// <summary>
    /// An actor × group heatmap of the mean score (diverging, centred on 0), for a grouping that is not a period
    /// (e.g. outlet): rows are the most-mentioned actors (by total mentions, ties by name, ordinal), columns the
    /// groups that mention one of them, in text order; hovering a cell shows its counts. An actor the group never
    /// mentions is an empty cell.
    /// </summary>
    /// <param name="rows">Rows grouped by <paramref name="field"/>.</param>
    /// <param name="field">The grouping field, for the title and axis title.</param>
    /// <param name="topActors">How many actors (≥ 1).</param>
    /// <param name="title">Chart title; default "Mean sentiment toward actors by {field}".</param>
    public static Figure GroupHeatmap(IEnumerable<ActorGroupSentiment> rows, string field, int topActors = 20, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(field);
        ArgumentOutOfRangeException.ThrowIfLessThan(topActors, 1);
        var list = rows.ToList();
        var actors = TopActors(list, topActors).Select(g => g.Key).ToList();
        var ai = actors.Select((a, i) => (a, i)).ToDictionary(p => p.a, p => p.i, StringComparer.Ordinal);
        var groups = list.Where(r => ai.ContainsKey(r.Actor)).Select(r => r.Group).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var gi = groups.Select((g, i) => (g, i)).ToDictionary(p => p.g, p => p.i, StringComparer.Ordinal);
        var z = new double[actors.Count, groups.Count];
        var hover = new string?[actors.Count, groups.Count];
        for (int r = 0; r < actors.Count; r++) for (int c = 0; c < groups.Count; c++) z[r, c] = double.NaN;
        foreach (var row in list)
        {
            if (!ai.TryGetValue(row.Actor, out var r)) continue;
            var c = gi[row.Group];
            if (hover[r, c] is not null)
                throw new ArgumentException($"Two rows have actor \"{row.Actor}\" and group \"{row.Group}\"; a heatmap needs one row per cell.", nameof(rows));
            z[r, c] = row.MeanScore;
            hover[r, c] = $"{row.Actor}, {row.Group}: {Mentions(row.Mentions)} ({row.Negative} negative, {row.Positive} positive)";
        }
        return Chart.Heatmap(groups, actors, z, title ?? $"Mean sentiment toward actors by {field}", hover, diverging: true,
            colorbarTitle: "mean score", xTitle: field);
    }

    private static IEnumerable<IGrouping<string, ActorGroupSentiment>> TopActors(IEnumerable<ActorGroupSentiment> rows, int top) =>
        rows.GroupBy(r => r.Actor, StringComparer.Ordinal)
            .OrderByDescending(g => g.Sum(r => r.Mentions)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(top);

    private static string Mentions(int n) => n == 1 ? "1 mention" : $"{n.ToString(CultureInfo.InvariantCulture)} mentions";

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..197] + "…";
}
