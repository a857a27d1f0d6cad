using System.IO.Compression;
using System.Text.Json;

namespace NewsLens.IO;

/// <summary>
/// The file plumbing shared by saved models: a path ending in ".gz" is gzip-compressed, a missing file is
/// a <see cref="FileNotFoundException"/> naming it, and text that is not JSON an <see cref="InvalidDataException"/>
/// naming the source.
/// </summary>
internal static class ModelFiles
{
    /// <summary>Creates <paramref name="path"/> and lets <paramref name="write"/> fill it (compressed when the path ends in ".gz").</summary>
    public static void Save(string path, Action<Stream> write)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var file = File.Create(path);
        if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            using var gz = new GZipStream(file, CompressionLevel.SmallestSize);
            write(gz);
        }
        else write(file);
    }

    /// <summary>Opens <paramref name="path"/> (decompressed when it ends in ".gz") and reads it with <paramref name="read"/>(stream, path).</summary>
    public static T Load<T>(string path, Func<Stream, string, T> read)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path)) throw new FileNotFoundException($"Model file '{path}' does not exist.", path);
        using var file = File.OpenRead(path);
        if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            using var gz = new GZipStream(file, CompressionMode.Decompress);
            return read(gz, path);
        }
        return read(file, path);
    }

    /// <summary>Parses JSON from <paramref name="stream"/>; invalid JSON (or a bad gzip stream) is reported through <paramref name="invalid"/>.</summary>
    public static JsonDocument ParseJson(Stream stream, string sourceName, Func<string, string, Exception?, InvalidDataException> invalid)
    {
        ArgumentNullException.ThrowIfNull(stream);
        try
        {
            return JsonDocument.Parse(stream);
        }
        catch (Exception e) when (e is JsonException or InvalidDataException)
        {
            throw invalid(sourceName, "it is not valid JSON (" + e.Message + ")", e);
        }
    }
}
