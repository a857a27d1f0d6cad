using NewsLens.Charts;
using NewsLens.Notebooks;

namespace NewsLens.Actors;

[TypeFormatterSource(typeof(NewsLensFormatterSource), PreferredMimeTypes = new[] { "text/html", "text/plain" })]
public sealed partial record ActorAnalysis : IHtmlRenderable
{
    /// <summary>Actors listed when an analysis is displayed.</summary>
    public const int DisplayRows = 20;

    /// <summary>Actors drawn by <see cref="ToChart"/> and <see cref="ToHeatmap"/> by default.</summary>
    public const int ChartTop = 15;

    private IEnumerable<ActorSummary> Ranked() =>
        Actors.OrderByDescending(a => a.Mentions).ThenBy(a => a.Actor, StringComparer.Ordinal);

    private string Facts() =>
        $"{DisplayParts.N(Mentions.Count)} mentions of {DisplayParts.N(Actors.Count)} actors in " +
        $"{DisplayParts.N(Mentions.Select(m => m.DocumentId).Distinct(StringComparer.Ordinal).Count())} documents";

    /// <summary>The chart: the most mentioned actors as horizontal bars (see <see cref="ResultCharts.ActorMentions"/>).</summary>
    /// <param name="top">How many actors.</param>
    /// <param name="kind">Only actors of this kind; null for all.</param>
    public Figure ToChart(int top = ChartTop, ActorKind? kind = null) => ResultCharts.ActorMentions(Actors, top, kind);

    /// <summary>Mentions per actor and document as a heatmap (see <see cref="ResultCharts.ActorDocumentHeatmap"/>).</summary>
    /// <param name="top">How many actors (the most mentioned).</param>
    /// <param name="kind">Only actors of this kind (e.g. <see cref="ActorKind.Person"/>); null for all.</param>
    public Figure ToHeatmap(int top = ChartTop, ActorKind? kind = null) => ResultCharts.ActorDocumentHeatmap(Mentions, top, kind);

    /// <summary>The analysis as HTML: the counts, the actors by mentions (with the forms seen) and the mentions chart.</summary>
    public string ToHtml()
    {
        var sb = DisplayParts.Open("Actors", Facts());
        sb.Append(HtmlTable.From(Ranked(), DisplayRows)).Append('\n');
        if (Actors.Count > 0) sb.Append(PlotlyHtml.ToHtmlFragment(ToChart())).Append('\n');
        return DisplayParts.Close(sb);
    }

    /// <summary>The analysis as text: the counts and the actors by mentions.</summary>
    public string ToText() => DisplayParts.Text("Actors: " + Facts(), TextTable.From(Ranked(), DisplayRows));
}
