using System.Globalization;

namespace NewsLens.Topics;

/// <summary>A period [Start, End) of dates, written as <c>from..to</c> (see <see cref="Parse"/>).</summary>
/// <param name="Start">The first instant in the period.</param>
/// <param name="End">The first instant after the period.</param>
public sealed record DateRange(DateTime Start, DateTime End)
{
    private static readonly string[] Formats = ["yyyy-MM-dd", "yyyy-MM", "yyyy"];

    /// <summary>True when <paramref name="date"/> lies in the period.</summary>
    public bool Contains(DateTime? date) => date is { } d && d >= Start && d < End;

    /// <summary>
    /// Reads <c>from..to</c>, each end a year (2021), a month (2021-05) or a day (2021-05-20); both ends are inclusive
    /// of their whole year, month or day: "2021-05..2021-08" is 1 May to 31 August 2021. A single date ("2022-03") is
    /// that whole year, month or day.
    /// </summary>
    /// <exception cref="ArgumentException">Naming the text and the accepted forms.</exception>
    public static DateRange Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split("..", StringSplitOptions.TrimEntries);
        if (parts.Length > 2 || parts.Any(p => p.Length == 0))
            throw new ArgumentException($"'{text}' is not a date range; write from..to with dates like 2021, 2021-05 or 2021-05-20 (e.g. 2021-05..2021-08).");
        var (start, _) = ParseEnd(parts[0], text);
        var (lastStart, unit) = ParseEnd(parts[^1], text);
        var end = unit switch { 'y' => lastStart.AddYears(1), 'm' => lastStart.AddMonths(1), _ => lastStart.AddDays(1) };
        if (end <= start)
            throw new ArgumentException($"Date range '{text}' ends before it starts.");
        return new DateRange(start, end);
    }

    private static (DateTime Date, char Unit) ParseEnd(string s, string whole)
    {
        for (int i = 0; i < Formats.Length; i++)
            if (DateTime.TryParseExact(s, Formats[i], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                return (d, "dmy"[i]);
        throw new ArgumentException($"'{s}' in date range '{whole}' is not a date; use yyyy, yyyy-MM or yyyy-MM-dd (e.g. 2021-05..2021-08).");
    }

    /// <summary>The period as <c>yyyy-MM-dd..yyyy-MM-dd</c> (both inclusive).</summary>
    public override string ToString() =>
        $"{Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}..{End.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
}
