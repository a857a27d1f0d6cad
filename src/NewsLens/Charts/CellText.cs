using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text.Json.Serialization;

namespace NewsLens.Charts;

/// <summary>How table cells are written: invariant culture, doubles with 4 significant digits, dates yyyy-MM-dd.</summary>
public static class CellText
{
    /// <summary>The text of one cell: "" for null; doubles and floats G4; other numbers invariant; dates yyyy-MM-dd
    /// (with the time when it is not midnight); collections joined with "; ".</summary>
    public static string Format(object? value) => value switch
    {
        null => "",
        string s => s,
        double d => d.ToString("G4", CultureInfo.InvariantCulture),
        float f => f.ToString("G4", CultureInfo.InvariantCulture),
        DateTime d => d.TimeOfDay == TimeSpan.Zero
            ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : d.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        DateTimeOffset d => d.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IDictionary dict => string.Join("; ", dict.Keys.Cast<object?>().Select(k => Format(k) + "=" + Format(dict[k!]))),
        IEnumerable e => string.Join("; ", e.Cast<object?>().Select(Format)),
        _ => value.ToString() ?? "",
    };

    /// <summary>True for types shown as one value (numbers, text, dates, enums...), false for records whose properties become columns.</summary>
    public static bool IsScalar(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(decimal) || t == typeof(DateTime) ||
               t == typeof(DateTimeOffset) || t == typeof(DateOnly) || t == typeof(TimeSpan) || t == typeof(Guid);
    }

    /// <summary>True for numeric types (right-aligned in tables).</summary>
    public static bool IsNumeric(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t == typeof(int) || t == typeof(long) || t == typeof(double) || t == typeof(float) || t == typeof(decimal) ||
               t == typeof(short) || t == typeof(byte) || t == typeof(uint) || t == typeof(ulong) || t == typeof(ushort) || t == typeof(sbyte);
    }

    /// <summary>
    /// The columns of a row type: its public instance properties (no indexers, none marked [JsonIgnore]);
    /// for types without such properties (e.g. value tuples), their public instance fields.
    /// </summary>
    public static IReadOnlyList<MemberInfo> Columns(Type rowType)
    {
        ArgumentNullException.ThrowIfNull(rowType);
        var properties = rowType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.CanRead && p.GetCustomAttribute<JsonIgnoreAttribute>() is null)
            .ToArray();
        if (properties.Length > 0) return properties;
        return rowType.GetFields(BindingFlags.Public | BindingFlags.Instance)
            .Where(f => f.GetCustomAttribute<JsonIgnoreAttribute>() is null)
            .ToArray();
    }

    /// <summary>The type of a column returned by <see cref="Columns"/>.</summary>
    public static Type ColumnType(MemberInfo column) => column switch
    {
        PropertyInfo p => p.PropertyType,
        FieldInfo f => f.FieldType,
        _ => throw new ArgumentException($"{column.Name} is neither a property nor a field.", nameof(column)),
    };

    /// <summary>The value of a column returned by <see cref="Columns"/> in <paramref name="row"/>.</summary>
    public static object? ColumnValue(MemberInfo column, object row) => column switch
    {
        PropertyInfo p => p.GetValue(row),
        FieldInfo f => f.GetValue(row),
        _ => throw new ArgumentException($"{column.Name} is neither a property nor a field.", nameof(column)),
    };

    /// <summary>The footer of a table: "showing 20 of 1,234 rows", or "3 rows" when all are shown.</summary>
    public static string Footer(int shown, int total) => shown < total
        ? $"showing {shown.ToString("N0", CultureInfo.InvariantCulture)} of {total.ToString("N0", CultureInfo.InvariantCulture)} rows"
        : $"{total.ToString("N0", CultureInfo.InvariantCulture)} {(total == 1 ? "row" : "rows")}";
}
