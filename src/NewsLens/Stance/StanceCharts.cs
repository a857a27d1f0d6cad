using NewsLens.Charts;

namespace NewsLens.Stance;

/// <summary>Charts of stance results (plain Plotly figures; render with <see cref="PlotlyHtml"/>).</summary>
public static class StanceCharts
{
    /// <summary>
    /// Actor x article matrix of stance scores (diverging: red against, blue in favour; empty where an actor says
    /// nothing about the target in an article), with the label, score and first evidence sentence on hover.
    /// </summary>
    /// <param name="analysis">The stance analysis.</param>
    /// <param name="documentOrder">Article ids in the order of the columns (default: as in the analysis).</param>
    /// <param name="maxActors">At most this many actors (those with most articles first).</param>
    public static Figure ActorMatrix(StanceAnalysis analysis, IReadOnlyList<string>? documentOrder = null, int maxActors = 25)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var documents = (documentOrder ?? analysis.Documents.Select(d => d.DocumentId).ToList())
            .Where(id => analysis.Actors.Any(a => a.DocumentId == id)).ToList();
        var actors = analysis.Actors.GroupBy(a => a.Actor).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).Take(maxActors).ToList();
        var z = new double[actors.Count, documents.Count];
        var hover = new string?[actors.Count, documents.Count];
        for (int i = 0; i < actors.Count; i++)
            for (int j = 0; j < documents.Count; j++)
            {
                z[i, j] = double.NaN;
                var cell = analysis.Actor(documents[j], actors[i]);
                if (cell is null) continue;
                z[i, j] = cell.Score;
                hover[i, j] = $"{cell.Actor}: {cell.Label.ToString().ToLowerInvariant()} ({cell.Score:0.00}): {Shorten(cell.Evidence.FirstOrDefault())}";
            }
        return Chart.Heatmap(documents, actors, z, title: $"Stance toward {analysis.Target.Name}", hoverText: hover, colorbarTitle: "against  ←  →  favor");
    }

    private static string Shorten(string? text) =>
        text is null ? "" : text.Length <= 160 ? text : text[..157] + "…";
}
