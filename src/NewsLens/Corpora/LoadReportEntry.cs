namespace NewsLens.Corpora;

/// <summary>
/// One line of a <see cref="LoadReport"/>: what happened to a file (<paramref name="DocumentId"/> null),
/// a record that could not be read (<paramref name="Line"/> set, <paramref name="DocumentId"/> null) or a document.
/// </summary>
/// <param name="File">The file, as the path given to <see cref="Corpus.Load"/> joined with its relative path; "in memory" for <see cref="Corpus.FromDocuments"/>.</param>
/// <param name="Line">1-based line in the file (JSON Lines, CSV), when known.</param>
/// <param name="DocumentId">The document concerned, if any.</param>
/// <param name="Status">Loaded, Skipped or Warning.</param>
/// <param name="Message">What happened, in words.</param>
public sealed record LoadReportEntry(string File, int? Line, string? DocumentId, LoadStatus Status, string Message)
{
    /// <summary>"file:line" or "file" (not a column of its own in tables: File and Line are).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string Location => Line is { } l ? $"{File}:{l}" : File;
}
