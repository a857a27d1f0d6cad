using System.Globalization;
using NewsLens.Charts;

namespace NewsLens.Stance;

/// <summary>Charts of stance results (plain Plotly figures; render with <see cref="PlotlyHtml"/>).</summary>
public static class StanceCharts
{
    /// <summary>
    /// Actor x article matrix of stance scores (diverging: red against, blue in favour; empty where an actor says
    /// nothing about the target in an article), with the label, score and first evidence sentence on hover.
    /// Rows are the actors that speak in most articles (ties by name, ordinal); columns are the articles in which
    /// at least one of those actors speaks, in <paramref name="documentOrder"/>.
    /// </summary>
    /// <param name="analysis">The stance analysis.</param>
    /// <param name="documentOrder">Article ids in the order of the columns (default: as in the analysis).</param>
    /// <param name="maxActors">At most this many actors (those with most articles first).</param>
    public static Figure ActorMatrix(StanceAnalysis analysis, IReadOnlyList<string>? documentOrder = null, int maxActors = 25)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxActors, 1);
        var actors = analysis.Actors.GroupBy(a => a.Actor, StringComparer.Ordinal)
            .OrderByDescending(g => g.Select(a => a.DocumentId).Distinct(StringComparer.Ordinal).Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).Take(maxActors).ToList();
        // One cell per (article, actor), matched exactly as the rows were grouped; the first row wins.
        var cells = new Dictionary<(string Document, string Actor), ActorStance>();
        foreach (var a in analysis.Actors) cells.TryAdd((a.DocumentId, a.Actor), a);
        var drawn = actors.ToHashSet(StringComparer.Ordinal);
        var spoken = analysis.Actors.Where(a => drawn.Contains(a.Actor)).Select(a => a.DocumentId).ToHashSet(StringComparer.Ordinal);
        var documents = (documentOrder ?? analysis.Documents.Select(d => d.DocumentId).ToList())
            .Where(spoken.Contains).Distinct(StringComparer.Ordinal).ToList();
        var z = new double[actors.Count, documents.Count];
        var hover = new string?[actors.Count, documents.Count];
        for (int i = 0; i < actors.Count; i++)
            for (int j = 0; j < documents.Count; j++)
            {
                z[i, j] = double.NaN;
                if (!cells.TryGetValue((documents[j], actors[i]), out var cell)) continue;
                z[i, j] = cell.Score;
                hover[i, j] = Hover(cell);
            }
        return Chart.Heatmap(documents, actors, z, title: $"Stance toward {analysis.Target.Name}", hoverText: hover, colorbarTitle: "against  ←  →  favor");
    }

    /// <summary>"Pence: against (-0.90): first evidence sentence" (score in invariant culture; no evidence, no last part).</summary>
    private static string Hover(ActorStance cell)
    {
        var head = $"{cell.Actor}: {cell.Label.ToString().ToLowerInvariant()} ({cell.Score.ToString("0.00", CultureInfo.InvariantCulture)})";
        var evidence = cell.Evidence.FirstOrDefault();
        return string.IsNullOrEmpty(evidence) ? head : $"{head}: {Shorten(evidence)}";
    }

    private static string Shorten(string text) => text.Length <= 160 ? text : text[..157] + "…";
}
