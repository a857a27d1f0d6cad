using System.Collections;
using System.Reflection;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsLens.Cli.Output;

/// <summary>
/// Writes result rows as JSON by walking their public properties, the way <c>JsonSerializer</c> would with
/// <see cref="ResultWriter.JsonOptions"/>: indented, camelCase names (or the name of a
/// <see cref="JsonPropertyNameAttribute"/>), null properties left out, enums as camelCase strings, NaN and
/// infinities as "NaN"/"Infinity"/"-Infinity", dictionaries as objects with their keys as written. It asks
/// nothing of the serializer's reflection over value types, so it also runs in the native (AOT) build, where
/// that reflection is not available.
/// </summary>
internal static class JsonRows
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.Default };

    /// <summary>The JSON text of <paramref name="value"/> (rows, a row, or an object holding them).</summary>
    public static string Serialize(object? value)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
            Write(writer, value);
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void Write(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case string s: writer.WriteStringValue(s); break;
            case char c: writer.WriteStringValue(c.ToString()); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case double d: WriteDouble(writer, d); break;
            case float f when float.IsFinite(f): writer.WriteNumberValue(f); break;
            case float f: WriteDouble(writer, f); break;
            case decimal m: writer.WriteNumberValue(m); break;
            case int or short or sbyte or long: writer.WriteNumberValue(Convert.ToInt64(value)); break;
            case uint or ushort or byte or ulong: writer.WriteNumberValue(Convert.ToUInt64(value)); break;
            case DateTime t: writer.WriteStringValue(t); break;
            case DateTimeOffset t: writer.WriteStringValue(t); break;
            case DateOnly d: writer.WriteStringValue(d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)); break;
            case TimeSpan t: writer.WriteStringValue(t.ToString("c", System.Globalization.CultureInfo.InvariantCulture)); break;
            case Guid g: writer.WriteStringValue(g); break;
            case Enum e: writer.WriteStringValue(JsonNamingPolicy.CamelCase.ConvertName(e.ToString())); break;
            case IDictionary dictionary:
                writer.WriteStartObject();
                foreach (DictionaryEntry entry in dictionary)
                {
                    writer.WritePropertyName(Convert.ToString(entry.Key, System.Globalization.CultureInfo.InvariantCulture) ?? "");
                    Write(writer, entry.Value);
                }
                writer.WriteEndObject();
                break;
            case IEnumerable items:
                writer.WriteStartArray();
                foreach (var item in items) Write(writer, item);
                writer.WriteEndArray();
                break;
            default: WriteObject(writer, value); break;
        }
    }

    private static void WriteObject(Utf8JsonWriter writer, object value)
    {
        writer.WriteStartObject();
        foreach (var (property, name) in Properties(value.GetType()))
        {
            var v = property.GetValue(value);
            if (v is null) continue;
            writer.WritePropertyName(name);
            Write(writer, v);
        }
        writer.WriteEndObject();
    }

    /// <summary>NaN and infinities as the serializer's named literals; other numbers as numbers.</summary>
    private static void WriteDouble(Utf8JsonWriter writer, double d)
    {
        if (double.IsNaN(d)) writer.WriteStringValue("NaN");
        else if (double.IsPositiveInfinity(d)) writer.WriteStringValue("Infinity");
        else if (double.IsNegativeInfinity(d)) writer.WriteStringValue("-Infinity");
        else writer.WriteNumberValue(d);
    }

    private static readonly Dictionary<Type, (PropertyInfo, string)[]> Cache = [];

    /// <summary>The serialised properties of a type: public, readable, not indexers, not [JsonIgnore]d.</summary>
    private static (PropertyInfo Property, string Name)[] Properties(Type type)
    {
        lock (Cache)
        {
            if (Cache.TryGetValue(type, out var known)) return known;
            var found = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.GetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0 && p.GetCustomAttribute<JsonIgnoreAttribute>() is null)
                .Select(p => (p, p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(p.Name)))
                .ToArray();
            Cache[type] = found;
            return found;
        }
    }
}
