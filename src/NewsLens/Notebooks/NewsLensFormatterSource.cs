using System.Collections;

namespace NewsLens.Notebooks;

/// <summary>
/// The formatter source named by <see cref="TypeFormatterSourceAttribute"/> on NewsLens types. .NET
/// Interactive creates it and calls <see cref="CreateTypeFormatters"/>; the objects returned are matched by
/// shape (a <c>MimeType</c> property and a <c>bool Format(object, TextWriter)</c> method), so NewsLens needs
/// no reference to .NET Interactive.
/// </summary>
public sealed class NewsLensFormatterSource
{
    /// <summary>The formatters: <see cref="HtmlFormatter"/> (text/html) and <see cref="PlainTextFormatter"/> (text/plain).</summary>
    public IEnumerable CreateTypeFormatters() => new object[] { new HtmlFormatter(), new PlainTextFormatter() };
}

/// <summary>Writes NewsLens values as text/html (see <see cref="NotebookDisplay.ToHtml"/>).</summary>
public sealed class HtmlFormatter
{
    /// <summary>"text/html".</summary>
    public string MimeType => "text/html";

    /// <summary>Writes <paramref name="value"/>'s HTML to <paramref name="writer"/>; false when NewsLens does not handle the value.</summary>
    public bool Format(object value, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var html = NotebookDisplay.ToHtml(value);
        if (html is null) return false;
        writer.Write(html);
        return true;
    }
}

/// <summary>Writes NewsLens values as text/plain (see <see cref="NotebookDisplay.ToText"/>).</summary>
public sealed class PlainTextFormatter
{
    /// <summary>"text/plain".</summary>
    public string MimeType => "text/plain";

    /// <summary>Writes <paramref name="value"/>'s text to <paramref name="writer"/>; false when NewsLens does not handle the value.</summary>
    public bool Format(object value, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var text = NotebookDisplay.ToText(value);
        if (text is null) return false;
        writer.Write(text);
        return true;
    }
}
