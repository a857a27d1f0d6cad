using NewsLens.Charts;
using NewsLens.Notebooks;

namespace NewsLens.Topics;

[TypeFormatterSource(typeof(NewsLensFormatterSource), PreferredMimeTypes = new[] { "text/html", "text/plain" })]
public sealed partial record TopicDriftResult : IHtmlRenderable
{
    private string Facts() =>
        $"{Slices.Bins.Count} {BinSize.ToString().ToLowerInvariant()} bins; " +
        (UndatedDocuments == 0 ? "every document dated" : $"{DisplayParts.N(UndatedDocuments)} documents without a date are in no bin");

    /// <summary>The drift between consecutive bins as lines (see <see cref="TopicCharts.Drift"/>).</summary>
    public Figure ToChart() => TopicCharts.Drift(this);

    /// <summary>The result as HTML: the drift table and chart (shares over time need the topics' labels: <see cref="TopicCharts.SharesOverTime"/>).</summary>
    public string ToHtml()
    {
        var sb = DisplayParts.Open("Topic drift", Facts());
        sb.Append(HtmlTable.From(Drift, 40)).Append('\n');
        if (Drift.Count > 0) sb.Append(PlotlyHtml.ToHtmlFragment(ToChart())).Append('\n');
        return DisplayParts.Close(sb);
    }

    /// <summary>The result as text: the drift table.</summary>
    public string ToText() => DisplayParts.Text("Topic drift: " + Facts(), TextTable.From(Drift, 40));
}
