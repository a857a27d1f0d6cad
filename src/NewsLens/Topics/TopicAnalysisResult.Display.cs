using NewsLens.Charts;
using NewsLens.Notebooks;

namespace NewsLens.Topics;

[TypeFormatterSource(typeof(NewsLensFormatterSource), PreferredMimeTypes = new[] { "text/html", "text/plain" })]
public sealed partial class TopicAnalysisResult : IHtmlRenderable
{
    private string Facts() =>
        $"{Topics.Count} topics on {DisplayParts.N(Corpus.DocumentCount)} documents, {DisplayParts.N(Corpus.VocabularySize)} terms; " +
        FormattableString.Invariant($"mean NPMI {Npmi.Mean:0.000}, mean UMass {UMass.Mean:0.000}");

    /// <summary>Each topic's share as bars (see <see cref="TopicCharts.Shares"/>).</summary>
    public Figure ToChart() => TopicCharts.Shares(this);

    /// <summary>The result as HTML: topics with their top terms, share and coherence, and the shares chart.</summary>
    public string ToHtml()
    {
        var sb = DisplayParts.Open("Topics", Facts());
        sb.Append(HtmlTable.From(TopicRows, TopicRows.Count)).Append('\n');
        sb.Append(PlotlyHtml.ToHtmlFragment(ToChart())).Append('\n');
        return DisplayParts.Close(sb);
    }

    /// <summary>The result as text: topics with their top terms, share and coherence.</summary>
    public string ToText() => DisplayParts.Text("Topics: " + Facts(), TextTable.From(TopicRows, TopicRows.Count));
}
