using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsLens.Corpora.Loaders;

/// <summary>
/// Parses publication dates (InvariantCulture): ISO 8601 dates and date-times (an offset or Z is converted
/// to UTC), RFC 1123/822 ("Thu, 20 May 2021 22:14:56 +0000"), "May 3, 2019" and "3 May 2019".
/// </summary>
internal static partial class DateParser
{
    public const string Accepted =
        "accepted: ISO 8601 (2019-05-03, 2019-05-03T14:30:00Z, 2019-05-03T14:30:00+02:00), RFC 1123 (Thu, 20 May 2021 22:14:56 +0000), \"May 3, 2019\", \"3 May 2019\"";

    private static readonly string[] IsoLocal =
        ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
         "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ss.FFFFFFF"];

    private static readonly string[] IsoOffset =
        ["yyyy-MM-dd'T'HH:mmzzz", "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz",
         "yyyy-MM-dd HH:mmzzz", "yyyy-MM-dd HH:mm:sszzz", "yyyy-MM-dd HH:mm:ss.FFFFFFFzzz"];

    private static readonly string[] Rfc =
        ["ddd, d MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm zzz", "d MMM yyyy HH:mm:ss zzz", "d MMM yyyy HH:mm zzz",
         "ddd, dd MMM yyyy HH:mm:ss zzz"];

    private static readonly string[] Written =
        ["MMMM d, yyyy", "MMM d, yyyy", "MMM. d, yyyy", "d MMMM yyyy", "d MMM yyyy", "d MMM. yyyy", "dddd, MMMM d, yyyy", "yyyy-MM-dd"];

    public static bool TryParse(string? value, out DateTime date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(value)) return false;
        var s = value.Trim();
        var inv = CultureInfo.InvariantCulture;

        // Offsets written +0000 or as Z/GMT/UTC are rewritten as +00:00 for the "zzz" specifier.
        var withOffset = CompactOffset().Replace(s, "$1:$2");
        withOffset = ZuluSuffix().Replace(withOffset, m => (m.Value.Length > 0 && char.IsWhiteSpace(m.Value[0]) ? " " : "") + "+00:00");

        if (DateTimeOffset.TryParseExact(withOffset, IsoOffset, inv, DateTimeStyles.None, out var iso) ||
            DateTimeOffset.TryParseExact(withOffset, Rfc, inv, DateTimeStyles.None, out iso))
        {
            date = iso.UtcDateTime;
            return true;
        }
        return DateTime.TryParseExact(s, IsoLocal, inv, DateTimeStyles.None, out date) ||
               DateTime.TryParseExact(s, Written, inv, DateTimeStyles.AllowWhiteSpaces, out date);
    }

    /// <summary>True for the ISO shapes only (used to type metadata values as dates).</summary>
    public static bool TryParseIso(string value, out DateTime date)
    {
        date = default;
        return IsoShape().IsMatch(value.Trim()) && TryParse(value, out date);
    }

    [GeneratedRegex(@"([+-]\d{2})(\d{2})$")]
    private static partial Regex CompactOffset();

    [GeneratedRegex(@"\s*(Z|GMT|UTC)$", RegexOptions.IgnoreCase)]
    private static partial Regex ZuluSuffix();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$")]
    private static partial Regex IsoShape();
}
