namespace NewsLens.Corpora.Loaders;

/// <summary>Collects report entries; in strict mode the first problem throws <see cref="CorpusLoadException"/>.</summary>
internal sealed class ReportBuilder(bool strict)
{
    private readonly List<LoadReportEntry> _entries = [];

    public void Add(string file, int? line, string? documentId, LoadStatus status, string message)
    {
        if (strict && status != LoadStatus.Loaded)
            throw new CorpusLoadException(file, line, documentId is null ? message : $"document '{documentId}': {message}");
        _entries.Add(new LoadReportEntry(file, line, documentId, status, message));
    }

    /// <summary>Entries ordered by file (ordinal), then line (file-level entries first); ties keep their order.</summary>
    public IReadOnlyList<LoadReportEntry> Entries(IReadOnlyDictionary<string, int> fileOrder) =>
        _entries.OrderBy(e => fileOrder.GetValueOrDefault(e.File, int.MaxValue))
            .ThenBy(e => e.Line ?? 0)
            .ToList();
}
