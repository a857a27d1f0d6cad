using System.Globalization;

namespace NewsLens.Corpora;

/// <summary>
/// Everything known about a document except its text: identity, title, date, outlet, url and any
/// other metadata field. It travels through every stage (tokens, matrices, result tables) so that
/// results can be grouped by outlet, month or any custom field.
/// </summary>
/// <param name="Id">Unique identifier within the corpus (for files: the file name without extension).</param>
/// <param name="Title">Headline, if known.</param>
/// <param name="Date">Publication date, if known.</param>
/// <param name="Outlet">Publishing outlet, if known.</param>
/// <param name="Url">Source address, if known.</param>
/// <param name="Metadata">All other fields, typed where parseable (long, double, bool, DateTime or string).</param>
public sealed record DocumentInfo(
    string Id,
    string? Title,
    DateTime? Date,
    string? Outlet,
    string? Url,
    IReadOnlyDictionary<string, object?> Metadata)
{
    /// <summary>Names accepted by <see cref="GetField"/> besides the custom metadata keys.</summary>
    public static readonly IReadOnlyList<string> BuiltInFields =
        ["id", "title", "date", "outlet", "url", "year", "quarter", "month", "week", "day"];

    /// <summary>
    /// The value of a field as text, for grouping: a built-in field (id, title, date, outlet, url),
    /// a period derived from the date (year "2019", quarter "2019-Q2", month "2019-04",
    /// week "2019-W14", day "2019-04-03"), or a custom metadata key (case-insensitive).
    /// Returns null when the document has no value for the field.
    /// </summary>
    public string? GetField(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        switch (name.ToLowerInvariant())
        {
            case "id": return Id;
            case "title": return Title;
            case "outlet": return Outlet;
            case "url": return Url;
            case "date":
            case "day": return Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            case "year": return Date?.Year.ToString(CultureInfo.InvariantCulture);
            case "quarter": return Date is { } q ? $"{q.Year}-Q{(q.Month - 1) / 3 + 1}" : null;
            case "month": return Date?.ToString("yyyy-MM", CultureInfo.InvariantCulture);
            case "week":
                return Date is { } w
                    ? $"{ISOWeek.GetYear(w)}-W{ISOWeek.GetWeekOfYear(w):00}"
                    : null;
        }
        foreach (var (key, value) in Metadata)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                return value switch
                {
                    null => null,
                    DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                    _ => value.ToString(),
                };
            }
        }
        return null;
    }

    /// <summary>True when <paramref name="name"/> is a built-in field or a metadata key of this document.</summary>
    public bool HasField(string name) =>
        BuiltInFields.Contains(name, StringComparer.OrdinalIgnoreCase) ||
        Metadata.Keys.Any(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase));
}
