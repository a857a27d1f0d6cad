namespace NewsLens.Corpora;

/// <summary>Options for <see cref="Corpus.Load"/>. Checked by <see cref="Validate"/> before anything is read.</summary>
public sealed record CorpusLoadOptions
{
    /// <summary>When true, the first problem (a skipped file, record or document, or a warning) throws
    /// <see cref="CorpusLoadException"/>; by default problems are reported in <see cref="Corpus.Report"/> and skipped.</summary>
    public bool Strict { get; init; }

    /// <summary>Boilerplate cleaning (on by default). When off, <see cref="Document.Text"/> equals <see cref="Document.RawText"/>.</summary>
    public bool Clean { get; init; } = true;

    /// <summary>CSV column or JSON field holding the text (default "text").</summary>
    public string TextColumn { get; init; } = "text";

    /// <summary>CSV column or JSON field holding the id. Default: "id" when present, else the file name
    /// without extension (plus "#" and the line or element number for files holding several documents).</summary>
    public string? IdColumn { get; init; }

    /// <summary>Name of the sidecar metadata file in a folder (default "metadata.csv"); its column "id"
    /// matches document ids and its other columns add or override fields. Not used when loading a single file.</summary>
    public string MetadataFileName { get; init; } = "metadata.csv";

    /// <summary>Read sub-folders too (default true).</summary>
    public bool Recursive { get; init; } = true;

    /// <summary>A line of at least 20 characters appearing verbatim in at least this many documents of the
    /// same outlet is removed as boilerplate ("repeated-line"). At least 2; default 2.</summary>
    public int MinRepeatedLineDocuments { get; init; } = 2;

    /// <summary>Receives (files done, files total, current file) after each file.</summary>
    public IProgress<LoadProgress>? Progress { get; init; }

    /// <summary>Throws <see cref="ArgumentException"/> naming the option and its valid values when an option is invalid.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(TextColumn))
            throw new ArgumentException("TextColumn must name a CSV column or JSON field (a non-empty string such as \"text\").", nameof(TextColumn));
        if (IdColumn is not null && string.IsNullOrWhiteSpace(IdColumn))
            throw new ArgumentException("IdColumn must be null (use \"id\" when present, else the file name) or a non-empty column name.", nameof(IdColumn));
        if (string.IsNullOrWhiteSpace(MetadataFileName) ||
            MetadataFileName.IndexOfAny(['/', '\\']) >= 0 ||
            !MetadataFileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
            throw new ArgumentException(
                $"MetadataFileName must be a plain .csv file name without folders, such as \"metadata.csv\" (got \"{MetadataFileName}\").",
                nameof(MetadataFileName));
        if (MinRepeatedLineDocuments < 2)
            throw new ArgumentException(
                $"MinRepeatedLineDocuments must be an integer >= 2 (got {MinRepeatedLineDocuments}); 1 would remove every line.",
                nameof(MinRepeatedLineDocuments));
    }
}
