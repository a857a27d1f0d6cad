using NewsLens.IO;

namespace NewsLens.Corpora.Loaders;

/// <summary>CSV with a header row: <see cref="CorpusLoadOptions.TextColumn"/> holds the text; id, title, date,
/// outlet and url map to the fields; every other column becomes metadata.</summary>
internal sealed class CsvLoader : IFormatLoader
{
    /// <summary>Parses CSV content; a file without a header becomes an <see cref="InvalidFileException"/> (reported, not fatal).</summary>
    internal static CsvTable ParseCsv(string content)
    {
        try { return CsvTable.Parse(content); }
        catch (InvalidDataException e) { throw new InvalidFileException(e.Message); }
    }

    public IEnumerable<RawRecord> Read(string content, SourceFile file, CorpusLoadOptions options)
    {
        var table = ParseCsv(content);
        if (!table.Header.Contains(options.TextColumn, StringComparer.OrdinalIgnoreCase))
            throw new InvalidFileException(
                $"no column '{options.TextColumn}' for the text; the file has columns: {table.ColumnList} (set TextColumn to one of them)", 1);
        if (options.IdColumn is not null && !table.Header.Contains(options.IdColumn, StringComparer.OrdinalIgnoreCase))
            throw new InvalidFileException(
                $"no column '{options.IdColumn}' for the id; the file has columns: {table.ColumnList}", 1);
        foreach (var (line, fields, problem) in table.Rows)
        {
            if (fields is null)
            {
                yield return RawRecord.Failed(line, problem!);
                continue;
            }
            var pairs = table.Header.Select((h, i) => new KeyValuePair<string, object?>(h, fields[i])).ToList();
            yield return RecordBuilder.Build(pairs, options, line, null);
        }
    }
}
