using System.Collections;
using NewsLens.Corpora.Loaders;

namespace NewsLens.Corpora;

/// <summary>
/// An immutable, ordered collection of documents with the report of how they were loaded. Verbs
/// (<see cref="Filter"/>, <see cref="OrderByDate"/>, <see cref="GroupBy"/>) return new corpora and keep the report.
/// </summary>
public sealed partial class Corpus : IReadOnlyList<Document>
{
    private readonly Document[] _documents;

    internal Corpus(IEnumerable<Document> documents, LoadReport report)
    {
        _documents = documents.ToArray();
        Report = report;
    }

    /// <summary>
    /// Loads a file or a folder (recursively by default; files in ordinal path order) of .txt, .md, .json,
    /// .jsonl, .csv, .html/.htm files, each optionally gzip-compressed (name.jsonl.gz). A folder's sidecar
    /// metadata CSV adds or overrides fields; boilerplate is cleaned unless <see cref="CorpusLoadOptions.Clean"/> is off.
    /// </summary>
    /// <remarks>
    /// Error contract: Load either returns a corpus or throws <see cref="CorpusLoadException"/> (or
    /// <see cref="ArgumentException"/> for invalid options, before anything is read). It throws
    /// <see cref="CorpusLoadException"/> for a missing path, a folder without supported files, or a single file
    /// of an unsupported type; with <see cref="CorpusLoadOptions.Strict"/> also for the first problem of any kind.
    /// Otherwise problems (invalid UTF-8, malformed JSON/CSV/YAML, missing text column, duplicate ids, empty
    /// texts, unparseable dates, unsupported files in a folder) are recorded in <see cref="Report"/> with the
    /// file and line, and the affected file, record or field is skipped: with Strict off, arbitrary file
    /// content never makes Load throw.
    /// </remarks>
    /// <param name="path">A file or a folder.</param>
    /// <param name="options">Options; null for the defaults.</param>
    public static Corpus Load(string path, CorpusLoadOptions? options = null) =>
        CorpusLoader.Load(path, options ?? new CorpusLoadOptions());

    /// <summary>A corpus of documents already in memory (not cleaned); the report lists each as "in memory".</summary>
    /// <exception cref="ArgumentException">Two documents share an id.</exception>
    public static Corpus FromDocuments(IEnumerable<Document> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var list = documents.ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var d in list)
            if (!seen.Add(d.Id))
                throw new ArgumentException($"duplicate document id '{d.Id}': ids must be unique within a corpus", nameof(documents));
        var entries = list.Select(d => new LoadReportEntry("in memory", null, d.Id, LoadStatus.Loaded, "loaded")).ToList();
        return new Corpus(list, new LoadReport(entries, []));
    }

    /// <summary>How the corpus was loaded: an entry per file and document, and every line removed by cleaning.</summary>
    public LoadReport Report { get; }

    /// <summary>Number of documents.</summary>
    public int Count => _documents.Length;

    /// <summary>The document at <paramref name="index"/>.</summary>
    public Document this[int index] => _documents[index];

    /// <summary>The document with this id, or null.</summary>
    public Document? Find(string id) => _documents.FirstOrDefault(d => d.Id == id);

    /// <summary>The documents for which <paramref name="predicate"/> is true, in order; keeps <see cref="Report"/>.</summary>
    public Corpus Filter(Func<Document, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        return new Corpus(_documents.Where(predicate), Report);
    }

    /// <summary>The documents by date, oldest first; undated documents last; ties keep their order.</summary>
    public Corpus OrderByDate() =>
        new(_documents.OrderBy(d => d.Date is null).ThenBy(d => d.Date ?? DateTime.MinValue), Report);

    /// <summary>
    /// Splits the corpus by a field (see <see cref="DocumentInfo.GetField"/>: id, title, date, outlet, url,
    /// year, quarter, month, week, day or a metadata key). Groups are ordered by key (ordinal); documents
    /// without a value form a last group with key null.
    /// </summary>
    /// <exception cref="ArgumentException">No document has the field; the message lists the available fields.</exception>
    public IReadOnlyList<CorpusGroup> GroupBy(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (!DocumentInfo.BuiltInFields.Contains(field, StringComparer.OrdinalIgnoreCase) &&
            !_documents.Any(d => d.Info.HasField(field)))
            throw new ArgumentException($"unknown field '{field}'; available fields: {string.Join(", ", AvailableFields())}", nameof(field));
        return _documents.GroupBy(d => d.Info.GetField(field))
            .OrderBy(g => g.Key is null).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new CorpusGroup(g.Key, new Corpus(g, Report)))
            .ToList();
    }

    /// <summary>Built-in fields followed by the metadata keys present in the corpus (sorted).</summary>
    public IReadOnlyList<string> AvailableFields() =>
        [.. DocumentInfo.BuiltInFields,
         .. _documents.SelectMany(d => d.Metadata.Keys).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal)];

    /// <summary>Documents, tokens and date range, overall and per outlet.</summary>
    public CorpusSummary Summary()
    {
        var tokens = _documents.Select(d => (long)WordCounter.Count(d.Text)).ToArray();
        var outlets = _documents.Select((d, i) => (Outlet: d.Outlet ?? "(no outlet)", d.Date, Tokens: tokens[i]))
            .GroupBy(x => x.Outlet)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new OutletSummary(g.Key, g.Count(), g.Sum(x => x.Tokens),
                g.Min(x => x.Date), g.Max(x => x.Date)))
            .ToList();
        return new CorpusSummary(_documents.Length, tokens.Sum(),
            _documents.Min(d => d.Date), _documents.Max(d => d.Date),
            _documents.Count(d => d.Date is null), outlets);
    }

    /// <inheritdoc />
    public IEnumerator<Document> GetEnumerator() => ((IEnumerable<Document>)_documents).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>"Corpus: 5 documents".</summary>
    public override string ToString() => $"Corpus: {Count} documents";
}
