using System.Collections;
using NewsLens.Charts;

namespace NewsLens.Notebooks;

/// <summary>
/// What NewsLens shows for a value in a notebook: a <see cref="Figure"/> as an interactive chart (plotly.js
/// from the CDN), an <see cref="IHtmlRenderable"/> through its own methods, a sequence of records as a table
/// of its first rows with the total count.
/// </summary>
public static class NotebookDisplay
{
    /// <summary>Rows shown for a sequence of records.</summary>
    public const int MaxRows = 20;

    /// <summary>The text/html rendering of <paramref name="value"/>, or null when NewsLens does not handle it.</summary>
    public static string? ToHtml(object? value) => value switch
    {
        Figure f => PlotlyHtml.ToHtmlFragment(f),
        IHtmlRenderable r => r.ToHtml(),
        string => null,
        IEnumerable e => HtmlTable.From(e, null, MaxRows),
        _ => null,
    };

    /// <summary>The text/plain rendering of <paramref name="value"/>, or null when NewsLens does not handle it.</summary>
    public static string? ToText(object? value) => value switch
    {
        Figure f => f.ToString(),
        IHtmlRenderable r => r.ToText(),
        string => null,
        IEnumerable e => TextTable.From(e, null, MaxRows),
        _ => null,
    };
}
