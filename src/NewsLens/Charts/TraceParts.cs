using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsLens.Charts;

/// <summary>Marker style of bar and scatter traces.</summary>
public sealed record Marker
{
    /// <summary>One colour for all points, or one colour per point.</summary>
    public ColorValue? Color { get; init; }

    /// <summary>Marker size in pixels (scatter).</summary>
    public double? Size { get; init; }

    /// <summary>Opacity from 0 to 1.</summary>
    public double? Opacity { get; init; }
}

/// <summary>Line style of scatter traces.</summary>
public sealed record Line
{
    /// <summary>Line colour.</summary>
    public string? Color { get; init; }

    /// <summary>Line width in pixels.</summary>
    public double? Width { get; init; }

    /// <summary>"linear" (default), "spline", "hv"...</summary>
    public string? Shape { get; init; }
}

/// <summary>The colour bar of a heatmap.</summary>
public sealed record ColorBar
{
    /// <summary>Title above the colour bar.</summary>
    public Title? Title { get; init; }
}

/// <summary>One stop of a colour scale: a position from 0 to 1 and a CSS colour. Serialised as <c>[position, "colour"]</c>.</summary>
/// <param name="Position">Position on the scale, 0 to 1.</param>
/// <param name="Color">CSS colour.</param>
[JsonConverter(typeof(ColorStopConverter))]
public sealed record ColorStop(double Position, string Color);

/// <summary>A colour attribute that is either one colour or one colour per point. Serialised as a string or an array.</summary>
[JsonConverter(typeof(ColorValueConverter))]
public sealed record ColorValue
{
    private ColorValue(string? single, IReadOnlyList<string>? each) { Single = single; Each = each; }

    /// <summary>The single colour, when the same for every point.</summary>
    public string? Single { get; }

    /// <summary>The colour of each point, when they differ.</summary>
    public IReadOnlyList<string>? Each { get; }

    /// <summary>The same colour for every point.</summary>
    public static ColorValue Of(string color) => new(color ?? throw new ArgumentNullException(nameof(color)), null);

    /// <summary>One colour per point.</summary>
    public static ColorValue PerPoint(IEnumerable<string> colors) => new(null, (colors ?? throw new ArgumentNullException(nameof(colors))).ToArray());

    /// <summary>The same colour for every point.</summary>
    public static implicit operator ColorValue(string color) => Of(color);
}

internal sealed class ColorStopConverter : JsonConverter<ColorStop>
{
    public override ColorStop Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray) throw new JsonException("A colour stop is [position, \"colour\"].");
        reader.Read();
        var position = reader.GetDouble();
        reader.Read();
        var color = reader.GetString() ?? throw new JsonException("A colour stop needs a colour.");
        reader.Read();
        if (reader.TokenType != JsonTokenType.EndArray) throw new JsonException("A colour stop has exactly two elements.");
        return new ColorStop(position, color);
    }

    public override void Write(Utf8JsonWriter writer, ColorStop value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        writer.WriteNumberValue(value.Position);
        writer.WriteStringValue(value.Color);
        writer.WriteEndArray();
    }
}

internal sealed class ColorValueConverter : JsonConverter<ColorValue>
{
    public override ColorValue Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String) return ColorValue.Of(reader.GetString()!);
        var list = JsonSerializer.Deserialize<List<string>>(ref reader, options) ?? throw new JsonException("Expected a colour or an array of colours.");
        return ColorValue.PerPoint(list);
    }

    public override void Write(Utf8JsonWriter writer, ColorValue value, JsonSerializerOptions options)
    {
        if (value.Single is not null) { writer.WriteStringValue(value.Single); return; }
        writer.WriteStartArray();
        foreach (var c in value.Each!) writer.WriteStringValue(c);
        writer.WriteEndArray();
    }
}
