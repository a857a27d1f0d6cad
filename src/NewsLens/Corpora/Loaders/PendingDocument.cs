namespace NewsLens.Corpora.Loaders;

/// <summary>A document read from a file, waiting for sidecar metadata and cleaning.</summary>
internal sealed class PendingDocument
{
    public required SourceFile File { get; init; }
    public int? Line { get; init; }
    public required string Id { get; init; }
    public string? Title { get; set; }
    public DateTime? Date { get; set; }
    public string? Outlet { get; set; }
    public string? Url { get; set; }
    public required Dictionary<string, object?> Metadata { get; init; }
    public required string RawText { get; init; }
    /// <summary>The text cut into lines, when it was made while reading (see <see cref="RawRecord.Split"/>).</summary>
    public Cleaning.SplitText? Split { get; init; }

    public string Location => Line is { } l ? $"{File.DisplayPath}:{l}" : File.DisplayPath;
}
