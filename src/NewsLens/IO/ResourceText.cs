using System.IO.Compression;

namespace NewsLens.IO;

/// <summary>
/// Reads the data files embedded from src/NewsLens/Resources, by the end of their manifest name
/// (folders become dots: Resources/lexicons/vader/vader_lexicon.txt is "vader.vader_lexicon.txt").
/// Files ending in .gz are decompressed transparently.
/// </summary>
internal static class ResourceText
{
    /// <summary>Opens the embedded resource whose name ends with <paramref name="suffix"/> as a stream (decompressed if .gz).</summary>
    public static Stream OpenStream(string suffix)
    {
        var assembly = typeof(ResourceText).Assembly;
        var name = assembly.GetManifestResourceNames().FirstOrDefault(n => n.EndsWith(suffix, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"Embedded resource '*{suffix}' is missing from {assembly.GetName().Name}.");
        var stream = assembly.GetManifestResourceStream(name)!;
        return name.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(stream, CompressionMode.Decompress) : stream;
    }

    /// <summary>Opens the embedded resource whose name ends with <paramref name="suffix"/> as UTF-8 text (decompressed if .gz).</summary>
    public static TextReader Open(string suffix) => new StreamReader(OpenStream(suffix), System.Text.Encoding.UTF8);
}
