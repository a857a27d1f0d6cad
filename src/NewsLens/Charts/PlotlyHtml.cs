using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;

namespace NewsLens.Charts;

/// <summary>
/// Renders a <see cref="Figure"/> as Plotly.js JSON, as an HTML fragment (a div plus a script that draws
/// into it, for notebooks and hand-made pages) or as a complete stand-alone HTML page.
/// </summary>
public static class PlotlyHtml
{
    /// <summary>Height in pixels of a chart's container when the layout sets none.</summary>
    public const int DefaultHeight = 450;

    /// <summary>
    /// The figure as Plotly.js JSON (<c>{"data":[...],"layout":{...}}</c>). Characters that could end a
    /// script element or break JavaScript (&lt; &gt; &amp; ' U+2028 U+2029 and all non-ASCII) are written as
    /// \uXXXX escapes, so the text can be embedded in a &lt;script&gt; element as is.
    /// </summary>
    public static string ToJson(Figure figure, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return JsonSerializer.Serialize(figure, indented ? PlotlyJson.Indented : PlotlyJson.Options);
    }

    /// <summary>
    /// A div and a script that draws <paramref name="figure"/> into it. If plotly.js is not loaded yet the
    /// script loads it: inlined (offline <paramref name="script"/>), through requirejs when the page has an
    /// AMD loader (classic Jupyter), or with a script tag for the CDN build.
    /// </summary>
    /// <param name="figure">The figure.</param>
    /// <param name="divId">The div's id (letters, digits, '-' and '_'); default: a new unique id.</param>
    /// <param name="script">Where plotly.js comes from; default <see cref="PlotlyScript.Cdn"/>.</param>
    public static string ToHtmlFragment(Figure figure, string? divId = null, PlotlyScript? script = null)
    {
        ArgumentNullException.ThrowIfNull(figure);
        script ??= PlotlyScript.Cdn;
        var id = divId ?? "newslens-" + Guid.NewGuid().ToString("N");
        ValidateId(id);
        var sb = new StringBuilder();
        sb.Append(ChartDiv(figure, id)).Append('\n');
        if (script.IsOffline)
            sb.Append("<script>if (!window.Plotly) {\n").Append(script.Bundle).Append("\n}</script>\n");
        sb.Append("<script>\n(function () {\n");
        sb.Append("  var fig = ").Append(ToJson(figure)).Append(";\n");
        sb.Append("  var draw = function (P) { P.newPlot(").Append(JsString(id)).Append(", fig.data, fig.layout, ").Append(Config).Append("); };\n");
        sb.Append("  if (window.Plotly) { draw(window.Plotly); return; }\n");
        sb.Append("  var src = ").Append(JsString(PlotlyScript.CdnUrl)).Append(";\n");
        // Classic Jupyter has requirejs: load through it (plotly.js 2 registers as an AMD module; 3 sets window.Plotly).
        sb.Append("  if (typeof define === \"function\" && define.amd && typeof require === \"function\") {\n");
        sb.Append("    require([src], function (P) { draw(P || window.Plotly); });\n    return;\n  }\n");
        sb.Append("  var s = document.querySelector(\"script[data-newslens-plotly]\");\n");
        sb.Append("  if (!s) {\n    s = document.createElement(\"script\");\n    s.src = src;\n    s.charset = \"utf-8\";\n");
        sb.Append("    s.setAttribute(\"data-newslens-plotly\", \"").Append(PlotlyScript.Version).Append("\");\n    document.head.appendChild(s);\n  }\n");
        sb.Append("  s.addEventListener(\"load\", function () { draw(window.Plotly); });\n");
        sb.Append("})();\n</script>");
        return sb.ToString();
    }

    /// <summary>A complete HTML page showing <paramref name="figure"/>, with plotly.js in its head.</summary>
    /// <param name="figure">The figure.</param>
    /// <param name="script">Where plotly.js comes from; default <see cref="PlotlyScript.Cdn"/>.</param>
    /// <param name="pageTitle">The page title; default the figure's title, else "Chart".</param>
    public static string ToHtmlPage(Figure figure, PlotlyScript? script = null, string? pageTitle = null)
    {
        ArgumentNullException.ThrowIfNull(figure);
        script ??= PlotlyScript.Cdn;
        var title = pageTitle ?? (figure.Layout.Title is { } t ? PlotlyText.Unescape(t.Text) : "Chart");
        const string id = "chart";
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        sb.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        sb.Append("<title>").Append(WebUtility.HtmlEncode(title)).Append("</title>\n");
        sb.Append(script.HeadElement()).Append('\n');
        sb.Append("<style>body{margin:0;padding:1rem;font-family:system-ui,sans-serif;}</style>\n</head>\n<body>\n");
        sb.Append(ChartDiv(figure, id)).Append('\n');
        sb.Append(NewPlotScript(figure, id)).Append('\n');
        sb.Append("</body>\n</html>\n");
        return sb.ToString();
    }

    /// <summary>The Plotly.newPlot config: resize with the container, no Plotly logo.</summary>
    internal const string Config = "{\"responsive\": true, \"displaylogo\": false}";

    /// <summary>The empty div a chart is drawn into.</summary>
    internal static string ChartDiv(Figure figure, string id)
    {
        ValidateId(id);
        var height = figure.Layout.Height ?? DefaultHeight;
        var width = figure.Layout.Width is { } w ? w.ToString(CultureInfo.InvariantCulture) + "px" : "100%";
        return $"<div id=\"{id}\" class=\"newslens-chart\" style=\"width:{width};height:{height.ToString(CultureInfo.InvariantCulture)}px;\"></div>";
    }

    /// <summary>A script drawing the figure into the div, for pages whose head already loads plotly.js.</summary>
    internal static string NewPlotScript(Figure figure, string id)
    {
        ValidateId(id);
        return "<script>(function () { var fig = " + ToJson(figure) + "; Plotly.newPlot(" + JsString(id) +
               ", fig.data, fig.layout, " + Config + "); })();</script>";
    }

    private static void ValidateId(string id)
    {
        if (id.Length == 0 || !id.All(c => char.IsAsciiLetterOrDigit(c) || c == '-' || c == '_'))
            throw new ArgumentException($"A chart id may contain only ASCII letters, digits, '-' and '_'; got \"{id}\".", nameof(id));
    }

    private static string JsString(string s) => JsonSerializer.Serialize(s, PlotlyJson.Options);
}
