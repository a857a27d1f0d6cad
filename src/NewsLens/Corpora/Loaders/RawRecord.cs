namespace NewsLens.Corpora.Loaders;

/// <summary>One document as read from a file, before dates, ids, sidecar metadata and cleaning are resolved;
/// or, when <see cref="Problem"/> is set, a record that could not be read.</summary>
internal sealed class RawRecord
{
    /// <summary>1-based line in the file (JSON Lines, CSV); null for one-document files.</summary>
    public int? Line { get; init; }
    /// <summary>1-based element number in a JSON array, used for generated ids.</summary>
    public int? Element { get; init; }
    public string? Id { get; set; }
    public string? Title { get; set; }
    /// <summary>The date as found: a <see cref="DateTime"/> or text still to parse.</summary>
    public object? Date { get; set; }
    public string? Outlet { get; set; }
    public string? Url { get; set; }
    public Dictionary<string, object?> Metadata { get; } = new(StringComparer.Ordinal);
    public string Text { get; set; } = "";
    /// <summary>The text cut into lines for cleaning, when the corpus is cleaned (made on the reading thread).</summary>
    public Cleaning.SplitText? Split { get; set; }
    /// <summary>Why the record is skipped; null when it is fine.</summary>
    public string? Problem { get; set; }
    /// <summary>Non-fatal problems found while reading it.</summary>
    public List<string> Warnings { get; } = [];

    public static RawRecord Failed(int? line, string problem, int? element = null) =>
        new() { Line = line, Element = element, Problem = problem };
}
