using System.IO.Compression;
using System.Text;

namespace NewsLens.Corpora.Loaders;

/// <summary>Reads a file as strict UTF-8 (BOM stripped, gzip decompressed, line endings normalised to \n).</summary>
internal static class FileDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Read(string fullPath, bool gzip)
    {
        byte[] bytes = File.ReadAllBytes(fullPath);
        if (gzip)
        {
            try
            {
                using var input = new MemoryStream(bytes);
                using var unzip = new GZipStream(input, CompressionMode.Decompress);
                using var output = new MemoryStream();
                unzip.CopyTo(output);
                bytes = output.ToArray();
            }
            catch (InvalidDataException e)
            {
                throw new InvalidFileException("not a valid gzip file: " + e.Message);
            }
        }
        return Decode(bytes, gzip ? " of the decompressed content" : "");
    }

    public static string Decode(byte[] bytes, string where = "")
    {
        int start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException e)
        {
            throw new InvalidFileException($"invalid UTF-8 at byte {start + Math.Max(e.Index, 0)}{where}");
        }
        return NormaliseLineEndings(text);
    }

    public static string NormaliseLineEndings(string text) =>
        text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;
}
