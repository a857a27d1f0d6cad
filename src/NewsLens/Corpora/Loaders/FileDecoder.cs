using System.Buffers;
using System.IO.Compression;
using System.Text;

namespace NewsLens.Corpora.Loaders;

/// <summary>Reads a file as strict UTF-8 (BOM stripped, gzip decompressed, line endings normalised to \n).</summary>
internal static class FileDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The file's text as a string.</summary>
    public static string Read(string fullPath, bool gzip)
    {
        using var text = ReadPooled(fullPath, gzip);
        return new string(text.Span);
    }

    /// <summary>
    /// The file's text in a rented buffer (return it with Dispose): the bytes and the characters live in pooled
    /// arrays, so a loader that keeps only part of the text (or a copy of it) allocates nothing else per file.
    /// </summary>
    public static PooledText ReadPooled(string fullPath, bool gzip)
    {
        if (gzip)
        {
            using var decompressed = Decompress(fullPath);
            return Decode(decompressed.GetBuffer().AsSpan(0, (int)decompressed.Length), " of the decompressed content");
        }
        var (bytes, length) = ReadBytes(fullPath);
        try
        {
            return Decode(bytes.AsSpan(0, length), "");
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    private static PooledText Decode(ReadOnlySpan<byte> bytes, string where)
    {
        int start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        // UTF-8 never has fewer bytes than UTF-16 code units, so the byte count bounds the character count.
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(1, bytes.Length - start));
        int length;
        try
        {
            length = StrictUtf8.GetChars(bytes[start..], chars);
        }
        catch (DecoderFallbackException e)
        {
            ArrayPool<char>.Shared.Return(chars);
            throw new InvalidFileException($"invalid UTF-8 at byte {start + Math.Max(e.Index, 0)}{where}");
        }
        return new PooledText(chars, NormaliseLineEndings(chars.AsSpan(0, length)));
    }

    /// <summary>"\r\n" and a lone "\r" become "\n", in place; returns the new length.</summary>
    private static int NormaliseLineEndings(Span<char> text)
    {
        int r = text.IndexOf('\r');
        if (r < 0) return text.Length;
        int w = r;
        for (int i = r; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\r')
            {
                text[w++] = '\n';
                if (i + 1 < text.Length && text[i + 1] == '\n') i++;
            }
            else text[w++] = c;
        }
        return w;
    }

    private static (byte[] Bytes, int Length) ReadBytes(string fullPath)
    {
        using var handle = File.OpenHandle(fullPath);
        long size = RandomAccess.GetLength(handle);
        if (size > Array.MaxLength) throw new InvalidFileException($"file too large ({size:N0} bytes)");
        var bytes = ArrayPool<byte>.Shared.Rent((int)Math.Max(1, size));
        int total = 0;
        try
        {
            while (total < size)
            {
                int n = RandomAccess.Read(handle, bytes.AsSpan(total, (int)size - total), total);
                if (n == 0) break;
                total += n;
            }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(bytes);
            throw;
        }
        return (bytes, total);
    }

    private static MemoryStream Decompress(string fullPath)
    {
        try
        {
            using var input = File.OpenRead(fullPath);
            using var unzip = new GZipStream(input, CompressionMode.Decompress);
            var output = new MemoryStream();
            unzip.CopyTo(output);
            return output;
        }
        catch (InvalidDataException e)
        {
            throw new InvalidFileException("not a valid gzip file: " + e.Message);
        }
    }
}

/// <summary>Decoded text in a rented buffer; <see cref="Dispose"/> returns the buffer to the pool.</summary>
internal readonly struct PooledText(char[] buffer, int length) : IDisposable
{
    public ReadOnlySpan<char> Span => buffer.AsSpan(0, length);

    public void Dispose() => ArrayPool<char>.Shared.Return(buffer);
}
