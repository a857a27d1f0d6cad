using System.Text;

namespace NewsLens.Charts;

/// <summary>
/// Where a page gets plotly.js from: the pinned CDN build (<see cref="Cdn"/>, the default) or a local
/// copy inlined into the page for offline use (<see cref="Offline"/>, <see cref="OfflineFromRepository"/>).
/// The local copy is the npm package plotly.js-dist-min at <see cref="Version"/>, installed by
/// scripts/install-plotly.sh into .tools/plotly (never committed).
/// </summary>
public sealed class PlotlyScript
{
    /// <summary>The pinned plotly.js version (same as PLOTLY_VERSION in scripts/install-plotly.sh).</summary>
    public const string Version = "3.7.0";

    /// <summary>The CDN address of the pinned minified bundle.</summary>
    public const string CdnUrl = "https://cdn.plot.ly/plotly-" + Version + ".min.js";

    /// <summary>Where scripts/install-plotly.sh puts the bundle, relative to the repository root.</summary>
    public static readonly string RepositoryRelativePath =
        Path.Combine(".tools", "plotly", "node_modules", "plotly.js-dist-min", "plotly.min.js");

    private readonly Lazy<string>? _bundle;

    private PlotlyScript(string? path)
    {
        OfflinePath = path;
        if (path is not null) _bundle = new Lazy<string>(() => ScriptSafe(File.ReadAllText(path, Encoding.UTF8)));
    }

    /// <summary>Load plotly.js from the CDN (<see cref="CdnUrl"/>); the reader needs a network connection.</summary>
    public static PlotlyScript Cdn { get; } = new(null);

    /// <summary>The local bundle inlined into pages, or null for the CDN.</summary>
    public string? OfflinePath { get; }

    /// <summary>True when the bundle is inlined.</summary>
    public bool IsOffline => OfflinePath is not null;

    /// <summary>Inline the plotly.js bundle at <paramref name="path"/> (a plotly.min.js file).</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static PlotlyScript Offline(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
            throw new FileNotFoundException(
                $"plotly.js bundle not found at '{full}'. Run scripts/install-plotly.sh to install plotly.js-dist-min@{Version} into .tools/plotly, or pass the path of a plotly.min.js file.",
                full);
        return new PlotlyScript(full);
    }

    /// <summary>
    /// Inline the copy installed by scripts/install-plotly.sh, found in .tools/plotly under the first folder,
    /// walking up from <paramref name="startDirectory"/> (default: the current directory), that has one.
    /// </summary>
    /// <exception cref="FileNotFoundException">No copy was found, or it is not version <see cref="Version"/>; the message says which script to run.</exception>
    public static PlotlyScript OfflineFromRepository(string? startDirectory = null)
    {
        var start = Path.GetFullPath(startDirectory ?? Directory.GetCurrentDirectory());
        var found = FindRepositoryCopy(start) ?? throw new FileNotFoundException(
            $"No offline plotly.js found in {RepositoryRelativePath} of '{start}' or any folder above it. " +
            $"Run scripts/install-plotly.sh from the NewsLens repository (it installs plotly.js-dist-min@{Version}), " +
            "or use PlotlyScript.Offline(path) with a plotly.min.js file, or PlotlyScript.Cdn.");
        var version = ReadBundleVersion(found);
        if (version != Version)
            throw new FileNotFoundException(
                $"The offline plotly.js at '{found}' is version {version ?? "unknown"}, but NewsLens pins {Version}. Run scripts/install-plotly.sh to install the pinned version.",
                found);
        return new PlotlyScript(found);
    }

    /// <summary>The path of .tools/plotly's bundle in <paramref name="startDirectory"/> or the nearest folder above it that has one; null if none.</summary>
    public static string? FindRepositoryCopy(string? startDirectory = null)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(startDirectory ?? Directory.GetCurrentDirectory())); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, RepositoryRelativePath);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    /// <summary>The version in a plotly.js bundle's banner ("plotly.js v3.7.0"), or null if there is none.</summary>
    public static string? ReadBundleVersion(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        var buffer = new char[400];
        var n = reader.ReadBlock(buffer, 0, buffer.Length);
        var head = new string(buffer, 0, n);
        const string marker = "plotly.js v";
        var at = head.IndexOf(marker, StringComparison.Ordinal);
        if (at < 0) return null;
        var end = at + marker.Length;
        while (end < head.Length && (char.IsDigit(head[end]) || head[end] == '.' || head[end] == '-' || char.IsLetter(head[end]))) end++;
        return head[(at + marker.Length)..end];
    }

    /// <summary>The element that loads plotly.js in a page's head: a script tag with the CDN address, or the inlined bundle.</summary>
    public string HeadElement() => IsOffline
        ? "<script>" + _bundle!.Value + "</script>"
        : "<script src=\"" + CdnUrl + "\" charset=\"utf-8\"></script>";

    /// <summary>The bundle text, made safe to sit inside a script element (offline mode only).</summary>
    internal string Bundle => _bundle?.Value ?? throw new InvalidOperationException("The CDN mode has no inlined bundle.");

    /// <summary>
    /// Makes JavaScript safe inside &lt;script&gt;…&lt;/script&gt;: a "&lt;/script" or "&lt;!--" would end the element
    /// or change how it is parsed, so the '&lt;' is written as the equivalent escape "&lt;\/" / "&lt;\!--"
    /// (valid in strings, regular expressions and comments, where such text can occur in minified code).
    /// </summary>
    internal static string ScriptSafe(string js)
    {
        if (js.IndexOf("</", StringComparison.Ordinal) < 0 && js.IndexOf("<!--", StringComparison.Ordinal) < 0) return js;
        var sb = new StringBuilder(js.Length + 16);
        for (var i = 0; i < js.Length; i++)
        {
            if (js[i] == '<' && string.Compare(js, i, "</script", 0, 8, StringComparison.OrdinalIgnoreCase) == 0)
            { sb.Append("<\\/"); i += 1; continue; }
            if (js[i] == '<' && string.CompareOrdinal(js, i, "<!--", 0, 4) == 0)
            { sb.Append("<\\!--"); i += 3; continue; }
            sb.Append(js[i]);
        }
        return sb.ToString();
    }

    /// <inheritdoc/>
    public override string ToString() => IsOffline ? $"plotly.js (offline: {OfflinePath})" : $"plotly.js {Version} (CDN)";
}
