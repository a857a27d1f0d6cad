namespace NewsLens.Notebooks;

/// <summary>
/// A result that knows how to show itself: as HTML (notebooks, reports) and as plain text (text-only
/// front ends). Types carrying <see cref="TypeFormatterSourceAttribute"/> with
/// <see cref="NewsLensFormatterSource"/> are displayed through these methods in notebooks.
/// </summary>
public interface IHtmlRenderable
{
    /// <summary>An HTML fragment (every value from the data HTML-encoded).</summary>
    string ToHtml();

    /// <summary>A plain-text rendering.</summary>
    string ToText();
}
