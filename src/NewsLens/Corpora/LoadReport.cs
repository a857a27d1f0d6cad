namespace NewsLens.Corpora;

/// <summary>
/// What <see cref="Corpus.Load"/> did: one entry per file, per document and per record or line that
/// could not be read (nothing is dropped without an entry), plus every line removed by cleaning.
/// </summary>
/// <param name="Entries">Entries in file order (ordinal path), then line order.</param>
/// <param name="Cleaning">Every line removed by boilerplate cleaning, in document order.</param>
public sealed partial record LoadReport(IReadOnlyList<LoadReportEntry> Entries, IReadOnlyList<CleaningEntry> Cleaning)
{
    /// <summary>Documents kept (document entries with status Loaded).</summary>
    public int Loaded => Entries.Count(e => e.Status == LoadStatus.Loaded && e.DocumentId is not null);

    /// <summary>Files, records and documents not kept (entries with status Skipped).</summary>
    public int Skipped => Entries.Count(e => e.Status == LoadStatus.Skipped);

    /// <summary>Problems that did not stop a document from loading (entries with status Warning).</summary>
    public int Warnings => Entries.Count(e => e.Status == LoadStatus.Warning);

    /// <summary>Entries with status Skipped or Warning.</summary>
    public IReadOnlyList<LoadReportEntry> Problems => Entries.Where(e => e.Status != LoadStatus.Loaded).ToList();

    /// <summary>Cleaning entries of one document.</summary>
    public IReadOnlyList<CleaningEntry> CleaningFor(string documentId) =>
        Cleaning.Where(c => c.DocumentId == documentId).ToList();

    /// <summary>One line: "5 documents loaded, 1 skipped, 0 warnings, 12 lines cleaned".</summary>
    public override string ToString() =>
        $"{Loaded} documents loaded, {Skipped} skipped, {Warnings} warnings, {Cleaning.Count} lines cleaned";
}
