namespace NewsLens.Corpora.Loaders;

/// <summary>The supported file types and their loaders.</summary>
internal static class Formats
{
    private static readonly Dictionary<string, IFormatLoader> Loaders = new(StringComparer.OrdinalIgnoreCase)
    {
        [".txt"] = new TxtLoader(),
        [".md"] = new MarkdownLoader(),
        [".json"] = new JsonLoader(),
        [".jsonl"] = new JsonLinesLoader(),
        [".csv"] = new CsvLoader(),
        [".html"] = new HtmlLoader(),
        [".htm"] = new HtmlLoader(),
    };

    /// <summary>Supported extensions in a fixed order.</summary>
    public static readonly IReadOnlyList<string> Extensions = [".txt", ".md", ".json", ".jsonl", ".csv", ".html", ".htm"];

    /// <summary>"supported: .txt, .md, ... (each may be gzip-compressed: name.ext.gz)".</summary>
    public static string SupportedList =>
        "supported: " + string.Join(", ", Extensions) + " (each may be gzip-compressed, e.g. name.jsonl.gz)";

    /// <summary>Splits "a/b/name.jsonl.gz" into stem "name", extension ".jsonl", gzip true.</summary>
    public static (string Stem, string Extension, bool Gzip) Describe(string fileName)
    {
        var name = Path.GetFileName(fileName);
        bool gz = name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) && name.Length > 3;
        if (gz) name = name[..^3];
        var ext = Path.GetExtension(name);
        var stem = ext.Length > 0 ? name[..^ext.Length] : name;
        return (stem, ext.ToLowerInvariant(), gz);
    }

    public static IFormatLoader? LoaderFor(string extension) =>
        Loaders.TryGetValue(extension, out var l) ? l : null;

    /// <summary>How to name an unsupported type in a message: ".xyz", ".xyz.gz" or "(no extension)".</summary>
    public static string Describe(string extension, bool gzip) =>
        (extension.Length == 0 ? "(no extension)" : extension) + (gzip ? ".gz" : "");
}
