using System.Text.Json.Serialization;

namespace NewsLens.Charts;

/// <summary>
/// Serialization metadata for figures, made at compile time by the System.Text.Json source generator, so that
/// writing a chart needs no reflection (and works in a native, ahead-of-time compiled build). The values of
/// the axes (<c>object?</c>) are written by their run-time type: the types the chart builders put there are listed.
/// The names, null handling and converters still come from <see cref="PlotlyJson"/>'s options.
/// </summary>
[JsonSerializable(typeof(Figure))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(double))]
[JsonSerializable(typeof(float))]
[JsonSerializable(typeof(decimal))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(DateTime))]
[JsonSerializable(typeof(DateOnly))]
internal sealed partial class PlotlyJsonContext : JsonSerializerContext;
