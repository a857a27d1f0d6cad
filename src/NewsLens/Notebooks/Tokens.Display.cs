using NewsLens.Charts;
using NewsLens.Notebooks;

namespace NewsLens.Text;

// The notebook display of Tokens lives with the other display code; the type itself is in Text/Tokens.cs.
[TypeFormatterSource(typeof(NewsLensFormatterSource), PreferredMimeTypes = new[] { "text/html", "text/plain" })]
public sealed partial class Tokens : IHtmlRenderable
{
    /// <summary>Documents listed, and tokens shown per document, when tokens are displayed.</summary>
    public const int DisplayRows = 10, DisplayTokens = 12;

    /// <summary>One line of the displayed list.</summary>
    private sealed record TokensLine(string DocumentId, int Tokens, int Types, string FirstTokens);

    private IEnumerable<TokensLine> Lines() => _documents.Select(d => new TokensLine(
        d.Info.Id, d.Tokens.Count, d.Tokens.Select(t => t.Text).Distinct(StringComparer.Ordinal).Count(),
        string.Join(" | ", d.Tokens.Take(DisplayTokens).Select(t => t.Text)) + (d.Tokens.Count > DisplayTokens ? " …" : "")));

    private string Facts() => $"{DisplayParts.N(Count)} documents, {DisplayParts.N(TokenCount)} tokens";

    /// <summary>The tokens as HTML: the counts and, per document, its token and type counts and first tokens.</summary>
    public string ToHtml()
    {
        var sb = DisplayParts.Open("Tokens", Facts());
        sb.Append(HtmlTable.From(Lines(), DisplayRows)).Append('\n');
        return DisplayParts.Close(sb);
    }

    /// <summary>The tokens as text: the counts and, per document, its token and type counts and first tokens.</summary>
    public string ToText() => DisplayParts.Text("Tokens: " + Facts(), TextTable.From(Lines(), DisplayRows));
}
