using NewsLens.Charts;
using NewsLens.Notebooks;

namespace NewsLens.Corpora;

[TypeFormatterSource(typeof(NewsLensFormatterSource), PreferredMimeTypes = new[] { "text/html", "text/plain" })]
public sealed partial class Corpus : IHtmlRenderable
{
    /// <summary>Documents listed when a corpus is displayed.</summary>
    public const int DisplayRows = 10;

    /// <summary>One line of the displayed document list.</summary>
    private sealed record DocumentLine(string Id, DateTime? Date, string? Outlet, string? Title, int Words);

    private IEnumerable<DocumentLine> Lines() =>
        _documents.Select(d => new DocumentLine(d.Id, d.Date, d.Outlet, d.Title, WordCounter.Count(d.Text)));

    private string Facts() =>
        $"{DisplayParts.N(Count)} documents, {_documents.Select(d => d.Outlet).Distinct().Count()} outlets, " +
        DisplayParts.Dates(_documents.Min(d => d.Date), _documents.Max(d => d.Date));

    /// <summary>The corpus as HTML: a line of facts and a table of its first documents (id, date, outlet, title, words).</summary>
    public string ToHtml()
    {
        var sb = DisplayParts.Open("Corpus", Facts());
        sb.Append(HtmlTable.From(Lines(), DisplayRows)).Append('\n');
        return DisplayParts.Close(sb);
    }

    /// <summary>The corpus as text: a line of facts and its first documents.</summary>
    public string ToText() => DisplayParts.Text("Corpus: " + Facts(), TextTable.From(Lines(), DisplayRows));
}
