using NewsLens.Charts;
using NewsLens.Notebooks;

namespace NewsLens.Stance;

[TypeFormatterSource(typeof(NewsLensFormatterSource), PreferredMimeTypes = new[] { "text/html", "text/plain" })]
public sealed partial record StanceAnalysis : IHtmlRenderable
{
    /// <summary>One row of the displayed actor table.</summary>
    /// <param name="Document">The article.</param>
    /// <param name="Actor">The actor.</param>
    /// <param name="Stance">favor, against or neutral.</param>
    /// <param name="Score">Weighted lean, −1 (against) to 1 (favor).</param>
    /// <param name="Evidence">The first evidence sentence.</param>
    public sealed record ActorRow(string Document, string Actor, string Stance, double Score, string? Evidence);

    private IEnumerable<ActorRow> ActorRows() => Actors.Select(a =>
        new ActorRow(a.DocumentId, a.Actor, a.Label.ToString().ToLowerInvariant(), Math.Round(a.Score, 3), a.Evidence.FirstOrDefault()));

    private string Facts() =>
        $"target {Target}; {DisplayParts.N(Sentences.Count)} sentences concern it, {DisplayParts.N(Actors.Count)} actor stances in " +
        $"{DisplayParts.N(Documents.Count)} documents; classifier {Classifier}";

    /// <summary>The actor x article matrix (see <see cref="StanceCharts.ActorMatrix"/>).</summary>
    public Figure ToChart() => StanceCharts.ActorMatrix(this);

    /// <summary>The analysis as HTML: the actors' stances with evidence, the matrix chart and the articles' stances.</summary>
    public string ToHtml()
    {
        var sb = DisplayParts.Open("Stance", Facts());
        sb.Append(HtmlTable.From(ActorRows(), 30, "Actors")).Append('\n');
        if (Actors.Count > 0) sb.Append(PlotlyHtml.ToHtmlFragment(ToChart())).Append('\n');
        sb.Append(HtmlTable.From(Documents, 30, "Articles")).Append('\n');
        return DisplayParts.Close(sb);
    }

    /// <summary>The analysis as text: the actors' stances and the articles' stances.</summary>
    public string ToText() => DisplayParts.Text("Stance: " + Facts(), TextTable.From(ActorRows(), 30, "Actors"), TextTable.From(Documents, 30, "Articles"));
}
