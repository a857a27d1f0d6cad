using System.Globalization;

namespace NewsLens.Corpora.Loaders;

/// <summary>Types a metadata value written as text: long, double, bool, DateTime (ISO dates), else the string.
/// Empty text becomes null; integers with a leading zero ("007") stay text (codes, not numbers).</summary>
internal static class ValueTyper
{
    public static object? Type(string? value)
    {
        if (value is null) return null;
        var s = value.Trim();
        if (s.Length == 0) return null;
        var inv = CultureInfo.InvariantCulture;
        if (bool.TryParse(s, out var b)) return b;
        bool leadingZero = s.Length > 1 && s[0] == '0' && char.IsDigit(s[1]);
        if (!leadingZero && s.Any(char.IsDigit))
        {
            if (long.TryParse(s, NumberStyles.AllowLeadingSign, inv, out var l)) return l;
            if (double.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, inv, out var d)
                && double.IsFinite(d)) return d;
        }
        if (DateParser.TryParseIso(s, out var date)) return date;
        return value;
    }
}
