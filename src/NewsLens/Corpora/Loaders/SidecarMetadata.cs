using NewsLens.IO;

namespace NewsLens.Corpora.Loaders;

/// <summary>
/// Applies a folder's sidecar metadata CSV (<see cref="CorpusLoadOptions.MetadataFileName"/>): column "id"
/// matches the ids of documents read from files in that folder; date, outlet, title and url override those
/// fields; other columns add or override Metadata. Empty cells change nothing. A row matching no document
/// is a Warning.
/// </summary>
internal static class SidecarMetadata
{
    public static void Apply(SourceFile sidecar, IReadOnlyList<PendingDocument> documents, ReportBuilder report)
    {
        var table = CsvLoader.ParseCsv(FileDecoder.Read(sidecar.FullPath, sidecar.Gzip));
        int idColumn = Array.FindIndex(table.Header, h => h.Equals("id", StringComparison.OrdinalIgnoreCase));
        if (idColumn < 0)
            throw new InvalidFileException($"metadata file has no 'id' column; its columns: {table.ColumnList}", 1);
        var byId = documents.Where(d => d.File.Folder == sidecar.Folder)
            .GroupBy(d => d.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        int applied = 0;
        foreach (var (line, fields, problem) in table.Rows)
        {
            if (fields is null)
            {
                report.Add(sidecar.DisplayPath, line, null, LoadStatus.Skipped, problem!);
                continue;
            }
            var id = fields[idColumn].Trim();
            if (!byId.TryGetValue(id, out var doc))
            {
                report.Add(sidecar.DisplayPath, line, null, LoadStatus.Warning,
                    $"metadata row for id '{id}' matches no document in this folder");
                continue;
            }
            applied++;
            for (int c = 0; c < table.Header.Length; c++)
            {
                if (c == idColumn || string.IsNullOrWhiteSpace(fields[c])) continue;
                var value = fields[c].Trim();
                switch (table.Header[c].ToLowerInvariant())
                {
                    case "title": doc.Title = value; break;
                    case "outlet": doc.Outlet = value; break;
                    case "url": doc.Url = value; break;
                    case "date":
                        if (DateParser.TryParse(value, out var date))
                        {
                            doc.Date = date;
                            doc.Metadata.Remove("date_raw");
                        }
                        else
                        {
                            doc.Metadata["date_raw"] = value;
                            report.Add(sidecar.DisplayPath, line, doc.Id, LoadStatus.Warning,
                                $"unparseable date '{value}' kept as text in Metadata[\"date_raw\"]; {DateParser.Accepted}");
                        }
                        break;
                    default: doc.Metadata[table.Header[c]] = ValueTyper.Type(value); break;
                }
            }
        }
        report.Add(sidecar.DisplayPath, null, null, LoadStatus.Loaded,
            $"metadata file: {applied} of {table.Rows.Count} rows applied");
    }
}
