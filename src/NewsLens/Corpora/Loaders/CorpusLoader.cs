using System.Text;
using System.Text.Json;
using CsvHelper;
using NewsLens.Corpora.Cleaning;
using YamlDotNet.Core;

namespace NewsLens.Corpora.Loaders;

/// <summary>Reads a file or folder into a <see cref="Corpus"/>: finds files, reads each with its format's
/// loader, resolves ids and dates, applies sidecar metadata, cleans, and reports every step.</summary>
internal static class CorpusLoader
{
    public static Corpus Load(string path, CorpusLoadOptions options)
    {
        ArgumentNullException.ThrowIfNull(path);
        options.Validate();
        var report = new ReportBuilder(options.Strict);
        var (files, sidecars, unsupported) = FindFiles(path, options, report);
        var fileOrder = files.Concat(sidecars).Concat(unsupported).Select(f => f.DisplayPath)
            .Order(StringComparer.Ordinal).Select((f, i) => (f, i)).ToDictionary(x => x.f, x => x.i);

        var documents = new List<PendingDocument>();
        var firstSeen = new Dictionary<string, string>(StringComparer.Ordinal);
        // Files are decoded and parsed in parallel, a batch at a time; what is found is then recorded in
        // file order, so ids, duplicates and the report do not depend on the threads.
        // Batches of about a twentieth of the files (at least 16): few enough waits for the slowest file of a
        // batch, often enough progress reports.
        var batch = Math.Max(16, (files.Count + 19) / 20);
        for (int from = 0; from < files.Count; from += batch)
        {
            var parsed = new ParsedFile[Math.Min(batch, files.Count - from)];
            Parallel.For(0, parsed.Length, k => parsed[k] = Parse(files[from + k], options));
            for (int k = 0; k < parsed.Length; k++)
            {
                int i = from + k;
                Record(files[i], parsed[k], report, documents, firstSeen);
                options.Progress?.Report(new LoadProgress(i + 1, files.Count, files[i].DisplayPath));
            }
        }
        foreach (var sidecar in sidecars)
        {
            try
            {
                SidecarMetadata.Apply(sidecar, documents, report);
            }
            catch (Exception e) when (IsFileProblem(e, out var line, out var message))
            {
                report.Add(sidecar.DisplayPath, line, null, LoadStatus.Skipped, message);
            }
        }

        // Cleaning: each text was cut into normalised lines while it was read (CutLines); repeated lines are
        // found across the corpus; then each document is cleaned (in parallel, results in document order).
        (string Text, List<CleaningEntry> Removed)[]? cleaned = null;
        if (options.Clean)
        {
            var split = documents.Select(d => (Group: GroupKey(d), Text: d.Split ?? SplitText.Of(d.RawText))).ToArray();
            var repeated = RepeatedLineDetector.Detect(split, options.MinRepeatedLineDocuments);
            var results = cleaned = new (string, List<CleaningEntry>)[documents.Count];
            Parallel.For(0, documents.Count, i =>
                results[i] = Cleaner.Clean(documents[i].Id, split[i].Text, repeated.GetValueOrDefault(split[i].Group)));
        }
        var kept = new List<Document>();
        var cleaning = new List<CleaningEntry>();
        for (var i = 0; i < documents.Count; i++)
        {
            var d = documents[i];
            var (text, removed) = cleaned is null ? (d.RawText, []) : cleaned[i];
            if (string.IsNullOrWhiteSpace(text))
            {
                report.Add(d.File.DisplayPath, d.Line, d.Id, LoadStatus.Skipped,
                    $"empty text after cleaning ({removed.Count} lines removed as boilerplate)");
                continue;
            }
            cleaning.AddRange(removed);
            var info = new DocumentInfo(d.Id, d.Title, d.Date, d.Outlet, d.Url, d.Metadata);
            kept.Add(new Document(info, text, d.RawText));
            report.Add(d.File.DisplayPath, d.Line, d.Id, LoadStatus.Loaded,
                removed.Count == 0 ? "loaded" : $"loaded; {removed.Count} boilerplate lines removed");
        }
        return new Corpus(kept, new LoadReport(report.Entries(fileOrder), cleaning));
    }

    /// <summary>Documents with an outlet are grouped by it; the others by the folder of their file.</summary>
    private static string GroupKey(PendingDocument d) => d.Outlet is { } o ? "outlet:" + o : "folder:" + d.File.Folder;

    private static (List<SourceFile> Files, List<SourceFile> Sidecars, List<SourceFile> Unsupported) FindFiles(string path, CorpusLoadOptions options, ReportBuilder report)
    {
        if (File.Exists(path))
        {
            var file = Describe(path, path);
            if (Formats.LoaderFor(file.Extension) is null)
                throw new CorpusLoadException(path, null,
                    $"unsupported file type {Formats.Describe(file.Extension, file.Gzip)}; {Formats.SupportedList}");
            return ([file], [], []);
        }
        if (!Directory.Exists(path))
            throw new CorpusLoadException(path, null, $"path not found: {Path.GetFullPath(path)}");

        var found = new List<(string Relative, string Full)>();
        Walk(Path.GetFullPath(path), "", options.Recursive, found);
        found.Sort((a, b) => string.CompareOrdinal(a.Relative, b.Relative));
        var files = new List<SourceFile>();
        var sidecars = new List<SourceFile>();
        var unsupported = new List<SourceFile>();
        var documentation = new List<SourceFile>();
        foreach (var (relative, full) in found)
        {
            var file = Describe(Path.Combine(path, relative), full);
            if (string.Equals(Path.GetFileName(full), options.MetadataFileName, StringComparison.OrdinalIgnoreCase))
                sidecars.Add(file);
            else if (IsDocumentationFile(Path.GetFileName(full)))
                documentation.Add(file);
            else if (Formats.LoaderFor(file.Extension) is null)
                unsupported.Add(file);
            else
                files.Add(file);
        }
        if (files.Count == 0)
            throw new CorpusLoadException(path, null,
                $"no supported files in this folder{(options.Recursive ? " or its sub-folders" : "")}" +
                (unsupported.Count > 0 ? $" ({unsupported.Count} unsupported files)" : "") + $"; {Formats.SupportedList}");
        foreach (var file in unsupported)
            report.Add(file.DisplayPath, null, null, LoadStatus.Skipped,
                $"unsupported file type {Formats.Describe(file.Extension, file.Gzip)}; {Formats.SupportedList}");
        foreach (var file in documentation)
            report.Add(file.DisplayPath, null, null, LoadStatus.Skipped,
                "documentation file (README, SOURCES, LICENSE, NOTICE, CITATION, CHANGELOG), not an article; load it by its own path to include it");
        return (files, sidecars, unsupported);
    }

    private static readonly string[] DocumentationNames = ["README", "SOURCES", "LICENSE", "LICENCE", "NOTICE", "CITATION", "CHANGELOG"];

    /// <summary>
    /// Files that describe a data folder rather than hold its articles (README.md, SOURCES.md, LICENSE.txt,
    /// README_UNGDC.txt ...): skipped, with a report line, when a folder is loaded.
    /// </summary>
    internal static bool IsDocumentationFile(string fileName)
    {
        var stem = fileName.Split('.')[0];
        return DocumentationNames.Any(n => stem.Equals(n, StringComparison.OrdinalIgnoreCase)
                                           || stem.StartsWith(n + "_", StringComparison.OrdinalIgnoreCase)
                                           || stem.StartsWith(n + "-", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Collects files (relative path with '/' separators, and full path), skipping hidden files and folders.
    /// <paramref name="root"/> is a full path, so the paths found are full paths too.
    /// </summary>
    private static void Walk(string root, string relative, bool recursive, List<(string, string)> found)
    {
        var dir = Path.Combine(root, relative);
        foreach (var f in Directory.EnumerateFiles(dir))
        {
            var name = Path.GetFileName(f);
            if (!name.StartsWith('.')) found.Add((relative.Length == 0 ? name : relative + "/" + name, f));
        }
        if (!recursive) return;
        foreach (var d in Directory.EnumerateDirectories(dir))
        {
            var name = Path.GetFileName(d);
            if (!name.StartsWith('.')) Walk(root, relative.Length == 0 ? name : relative + "/" + name, true, found);
        }
    }

    private static SourceFile Describe(string display, string full)
    {
        var (stem, ext, gz) = Formats.Describe(full);
        var fullPath = Path.GetFullPath(full);
        return new SourceFile(display, fullPath, Path.GetDirectoryName(fullPath) ?? "", stem, ext, gz);
    }

    /// <summary>A file's records, or the exception that stopped reading it.</summary>
    private readonly record struct ParsedFile(List<RawRecord>? Records, System.Runtime.ExceptionServices.ExceptionDispatchInfo? Error);

    private static ParsedFile Parse(SourceFile file, CorpusLoadOptions options)
    {
        try
        {
            using var text = FileDecoder.ReadPooled(file.FullPath, file.Gzip);
            return CutLines(new ParsedFile(Formats.LoaderFor(file.Extension)!.ReadAll(text.Span, file, options), null), options);
        }
        catch (Exception e)
        {
            return new ParsedFile(null, System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e));
        }
    }

    /// <summary>When cleaning, each text is cut into lines here, on the reading thread, while it is still in the cache.</summary>
    private static ParsedFile CutLines(ParsedFile parsed, CorpusLoadOptions options)
    {
        if (options.Clean)
            foreach (var r in parsed.Records!)
                if (r.Problem is null && r.Text.Length > 0) r.Split = SplitText.Of(r.Text);
        return parsed;
    }

    private static void Record(SourceFile file, ParsedFile parsed, ReportBuilder report,
        List<PendingDocument> documents, Dictionary<string, string> firstSeen)
    {
        List<RawRecord> records;
        try
        {
            parsed.Error?.Throw();
            records = parsed.Records!;
        }
        catch (Exception e) when (IsFileProblem(e, out var line, out var message))
        {
            report.Add(file.DisplayPath, line, null, LoadStatus.Skipped, message);
            return;
        }

        bool many = file.Extension is ".jsonl" or ".csv" || records.Any(r => r.Element is not null);
        report.Add(file.DisplayPath, null, null, LoadStatus.Loaded,
            $"read {records.Count} record{(records.Count == 1 ? "" : "s")}");
        foreach (var r in records)
        {
            var location = r.Line is { } l ? $"{file.DisplayPath}:{l}" : file.DisplayPath;
            if (r.Problem is not null)
            {
                report.Add(file.DisplayPath, r.Line, null, LoadStatus.Skipped, r.Problem);
                continue;
            }
            var id = r.Id ?? (many ? $"{file.Stem}#{r.Line ?? r.Element}" : file.Stem);
            if (firstSeen.TryGetValue(id, out var first))
            {
                report.Add(file.DisplayPath, r.Line, id, LoadStatus.Skipped, $"duplicate id '{id}' (first seen in {first})");
                continue;
            }
            if (string.IsNullOrWhiteSpace(r.Text))
            {
                report.Add(file.DisplayPath, r.Line, id, LoadStatus.Skipped, "empty text");
                continue;
            }
            firstSeen[id] = location;
            foreach (var w in r.Warnings) report.Add(file.DisplayPath, r.Line, id, LoadStatus.Warning, w);
            var doc = new PendingDocument
            {
                File = file, Line = r.Line, Id = id, Title = r.Title, Outlet = r.Outlet, Url = r.Url,
                Metadata = r.Metadata, RawText = r.Text, Split = r.Split,
            };
            ResolveDate(r.Date, doc, report);
            documents.Add(doc);
        }
    }

    private static void ResolveDate(object? value, PendingDocument doc, ReportBuilder report)
    {
        if (value is DateTime d) { doc.Date = d; return; }
        var text = RecordBuilder.AsText(value);
        if (text is null) return;
        if (DateParser.TryParse(text, out var date)) { doc.Date = date; return; }
        doc.Metadata["date_raw"] = text;
        report.Add(doc.File.DisplayPath, doc.Line, doc.Id, LoadStatus.Warning,
            $"unparseable date '{text}' kept as text in Metadata[\"date_raw\"]; {DateParser.Accepted}");
    }

    /// <summary>Exceptions that mean "this file cannot be read" (not bugs): they become report entries.</summary>
    private static bool IsFileProblem(Exception e, out int? line, out string message)
    {
        line = null;
        message = e.Message;
        switch (e)
        {
            case InvalidFileException f: line = f.Line; return true;
            case CsvFormatException c:
                line = c.LineNumber > 0 ? (int)c.LineNumber : null;
                message = "malformed CSV: " + c.Message.Split('\n')[0];
                return true;
            case YamlException y: line = (int)y.Start.Line; message = "invalid YAML: " + y.Message; return true;
            case JsonException j: line = (int?)j.LineNumber + 1; message = "malformed JSON: " + j.Message; return true;
            case DecoderFallbackException: message = "invalid UTF-8: " + e.Message; return true;
            case IOException or UnauthorizedAccessException: message = "cannot read the file: " + e.Message; return true;
            default: return false;
        }
    }
}
