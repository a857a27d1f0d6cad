using NewsLens.Charts;
using NewsLens.Notebooks;

namespace NewsLens.Corpora;

[TypeFormatterSource(typeof(NewsLensFormatterSource), PreferredMimeTypes = new[] { "text/html", "text/plain" })]
public sealed partial record CorpusSummary : IHtmlRenderable
{
    private string Facts() =>
        $"{DisplayParts.N(Documents)} documents, {DisplayParts.N(Tokens)} words, {DisplayParts.Dates(FirstDate, LastDate)}" +
        (UndatedDocuments > 0 ? $", {DisplayParts.N(UndatedDocuments)} undated" : "");

    /// <summary>The chart: documents per outlet as horizontal bars (see <see cref="ResultCharts.Outlets"/>).</summary>
    public Figure ToChart() => ResultCharts.Outlets(this);

    /// <summary>The summary as HTML: the totals, a table per outlet and the documents-per-outlet chart.</summary>
    public string ToHtml()
    {
        var sb = DisplayParts.Open("Corpus summary", Facts());
        sb.Append(HtmlTable.From(Outlets, 50, "Outlets")).Append('\n');
        if (Outlets.Count > 0) sb.Append(PlotlyHtml.ToHtmlFragment(ToChart())).Append('\n');
        return DisplayParts.Close(sb);
    }

    /// <summary>The summary as text: the totals and a table per outlet.</summary>
    public string ToText() => DisplayParts.Text("Corpus summary: " + Facts(), TextTable.From(Outlets, 50, "Outlets"));
}
