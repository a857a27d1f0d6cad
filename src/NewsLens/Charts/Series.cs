namespace NewsLens.Charts;

/// <summary>One named series of points for line, area and grouped bar charts.</summary>
/// <typeparam name="TX">The x values: categories (string), dates (DateTime, DateOnly) or numbers.</typeparam>
public sealed record Series<TX>
{
    /// <summary>A series; <paramref name="x"/> and <paramref name="y"/> must have the same length.</summary>
    /// <exception cref="ArgumentException">The lengths differ.</exception>
    public Series(string name, IEnumerable<TX> x, IEnumerable<double> y)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        Name = name;
        X = x.ToArray();
        Y = y.ToArray();
        if (X.Count != Y.Count)
            throw new ArgumentException($"Series \"{name}\" has {X.Count} x values but {Y.Count} y values; they must match.", nameof(y));
    }

    /// <summary>The series name (legend entry).</summary>
    public string Name { get; }

    /// <summary>x values.</summary>
    public IReadOnlyList<TX> X { get; }

    /// <summary>y values, one per x value.</summary>
    public IReadOnlyList<double> Y { get; }
}

/// <summary>Helpers to build <see cref="Series{TX}"/>.</summary>
public static class Series
{
    /// <summary>A series from x and y values.</summary>
    public static Series<TX> Of<TX>(string name, IEnumerable<TX> x, IEnumerable<double> y) => new(name, x, y);

    /// <summary>One series per group of <paramref name="rows"/> (by <paramref name="name"/>, in order of first appearance), with points in row order.</summary>
    public static IReadOnlyList<Series<TX>> From<T, TX>(IEnumerable<T> rows, Func<T, string> name, Func<T, TX> x, Func<T, double> y)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        return rows.GroupBy(name).Select(g => new Series<TX>(g.Key, g.Select(x), g.Select(y))).ToArray();
    }
}
