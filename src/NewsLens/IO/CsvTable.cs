using CsvHelper;

namespace NewsLens.IO;

/// <summary>A comma-separated file read with CsvHelper (RFC 4180 quoting): the header and each row with the
/// 1-based line it starts on. A row whose field count differs from the header's is kept as a problem.
/// Used by the corpus loaders, the sidecar metadata and the evaluation readers.</summary>
internal sealed record CsvTable(string[] Header, IReadOnlyList<(int Line, string[]? Fields, string? Problem)> Rows)
{
    private static readonly CsvReaderOptions Options = CsvReaderOptions.Default with
    {
        Separator = ',',
        TrackLineNumbers = true,
        HasHeader = true,
    };

    /// <exception cref="InvalidDataException">The content has no header row.</exception>
    public static CsvTable Parse(string content)
    {
        using var reader = CsvReader.FromText(content, Options);
        var header = reader.Headers.Select(h => h.Trim()).ToArray();
        if (header.Length == 0 || header.All(h => h.Length == 0))
            throw new InvalidDataException("empty CSV file: no header row");
        var rows = new List<(int, string[]?, string?)>();
        while (reader.Read())
        {
            int line = (int)reader.LineNumber;
            if (reader.FieldCount != header.Length)
            {
                rows.Add((line, null, $"row has {reader.FieldCount} fields but the header has {header.Length}"));
                continue;
            }
            var fields = new string[header.Length];
            for (int i = 0; i < fields.Length; i++) fields[i] = reader.GetString(i) ?? "";
            rows.Add((line, fields, null));
        }
        return new CsvTable(header, rows);
    }

    public string ColumnList => string.Join(", ", Header);

    /// <summary>The index of <paramref name="column"/> in the header (case-insensitive), or -1.</summary>
    public int IndexOf(string column) => Array.FindIndex(Header, h => h.Equals(column, StringComparison.OrdinalIgnoreCase));
}
