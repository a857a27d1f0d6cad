namespace NewsLens.Corpora;

/// <summary>
/// One article: its metadata (<see cref="Info"/>), its cleaned text and the text as loaded.
/// </summary>
/// <param name="Info">Identity, title, date, outlet, url and other metadata.</param>
/// <param name="Text">The article text after boilerplate cleaning (equal to <paramref name="RawText"/> when cleaning is off).</param>
/// <param name="RawText">The article text as loaded, before cleaning.</param>
public sealed record Document(DocumentInfo Info, string Text, string RawText)
{
    /// <summary>Unique identifier within the corpus.</summary>
    public string Id => Info.Id;
    /// <summary>Headline, if known.</summary>
    public string? Title => Info.Title;
    /// <summary>Publication date, if known.</summary>
    public DateTime? Date => Info.Date;
    /// <summary>Publishing outlet, if known.</summary>
    public string? Outlet => Info.Outlet;
    /// <summary>Source address, if known.</summary>
    public string? Url => Info.Url;
    /// <summary>All other metadata fields.</summary>
    public IReadOnlyDictionary<string, object?> Metadata => Info.Metadata;

    /// <summary>Creates a document whose raw and cleaned text are the same.</summary>
    public static Document Create(string id, string text, string? title = null, DateTime? date = null,
        string? outlet = null, string? url = null, IReadOnlyDictionary<string, object?>? metadata = null) =>
        new(new DocumentInfo(id, title, date, outlet, url, metadata ?? new Dictionary<string, object?>()), text, text);
}
