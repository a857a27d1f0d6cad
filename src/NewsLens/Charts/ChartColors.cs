namespace NewsLens.Charts;

/// <summary>The colours the <see cref="Chart"/> builders use (chosen for contrast on white and for colour-blind readers).</summary>
public static class ChartColors
{
    /// <summary>Single-series bars and lines.</summary>
    public const string Primary = "#3b6ea8";

    /// <summary>Positive side of two-sided bars (e.g. terms key to the target group).</summary>
    public const string Positive = "#2a7fb8";

    /// <summary>Negative side of two-sided bars (e.g. terms key to the reference group).</summary>
    public const string Negative = "#d2691e";

    /// <summary>Colours for several series, cycled in order.</summary>
    public static IReadOnlyList<string> Palette { get; } =
        ["#3b6ea8", "#d2691e", "#3a9a5b", "#b8394a", "#7b5ea7", "#8c6d46", "#d46fb0", "#6f6f6f", "#a3a331", "#2fa3b5"];

    /// <summary>Diverging scale for signed scores (sentiment, stance): red below the middle, near-white at it, blue above.</summary>
    public static IReadOnlyList<ColorStop> Diverging { get; } =
    [
        new(0, "#b3363b"), new(0.25, "#e79a8f"), new(0.5, "#f4f4f4"), new(0.75, "#93bddd"), new(1, "#2a64a8"),
    ];

    /// <summary>Sequential scale for counts and shares: near-white to dark blue.</summary>
    public static IReadOnlyList<ColorStop> Sequential { get; } =
    [
        new(0, "#f4f7fb"), new(0.5, "#7fa8d1"), new(1, "#1d4778"),
    ];

    /// <summary>The palette colour for series number <paramref name="index"/> (cycled).</summary>
    public static string Series(int index) => Palette[((index % Palette.Count) + Palette.Count) % Palette.Count];
}
