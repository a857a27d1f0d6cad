namespace NewsLens.Charts;

/// <summary>Values of <see cref="BarTrace.Orientation"/>.</summary>
public static class Orientations
{
    /// <summary>Vertical bars.</summary>
    public const string Vertical = "v";
    /// <summary>Horizontal bars.</summary>
    public const string Horizontal = "h";
}

/// <summary>Values of <see cref="ScatterTrace.Mode"/>.</summary>
public static class ScatterModes
{
    /// <summary>Lines only.</summary>
    public const string Lines = "lines";
    /// <summary>Markers only.</summary>
    public const string Markers = "markers";
    /// <summary>Lines with markers.</summary>
    public const string LinesAndMarkers = "lines+markers";
}

/// <summary>Values of <see cref="Layout.BarMode"/>.</summary>
public static class BarModes
{
    /// <summary>Bars side by side.</summary>
    public const string Group = "group";
    /// <summary>Bars stacked.</summary>
    public const string Stack = "stack";
    /// <summary>Positive values stacked up, negative down.</summary>
    public const string Relative = "relative";
    /// <summary>Bars drawn over each other.</summary>
    public const string Overlay = "overlay";
}

/// <summary>Values of <see cref="Layout.HoverMode"/>.</summary>
public static class HoverModes
{
    /// <summary>The point nearest the cursor.</summary>
    public const string Closest = "closest";
    /// <summary>All points at the cursor's x.</summary>
    public const string X = "x";
    /// <summary>One label with all points at the cursor's x.</summary>
    public const string XUnified = "x unified";
}

/// <summary>Values of <see cref="Axis.CategoryOrder"/>.</summary>
public static class CategoryOrders
{
    /// <summary>As in the data.</summary>
    public const string Trace = "trace";
    /// <summary>Alphabetical.</summary>
    public const string CategoryAscending = "category ascending";
    /// <summary>By total value, largest first.</summary>
    public const string TotalDescending = "total descending";
    /// <summary>By total value, smallest first.</summary>
    public const string TotalAscending = "total ascending";
}
