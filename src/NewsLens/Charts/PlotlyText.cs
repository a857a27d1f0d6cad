using System.Text;

namespace NewsLens.Charts;

/// <summary>
/// Plotly draws titles, labels and hover texts as pseudo-HTML: it interprets a few tags (&lt;b&gt;,
/// &lt;br&gt;, &lt;a&gt;...) and the entities &amp;lt;, &amp;gt; and &amp;amp;. Text taken from articles
/// is escaped so that Plotly shows it literally.
/// </summary>
public static class PlotlyText
{
    /// <summary>Escapes &amp;, &lt; and &gt; as entities, which Plotly turns back into the characters when drawing.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.IndexOfAny(['&', '<', '>']) < 0) return text;
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                default: sb.Append(c); break;
            }
        }
        return sb.ToString();
    }

    /// <summary>Escapes <paramref name="text"/>, or returns null for null.</summary>
    public static string? EscapeOrNull(string? text) => text is null ? null : Escape(text);

    /// <summary>Reverses <see cref="Escape"/> (for plain-text descriptions of a figure).</summary>
    public static string Unescape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Replace("&lt;", "<").Replace("&gt;", ">").Replace("&amp;", "&");
    }
}
