using System.Globalization;
using System.Text;

namespace NewsLens.Learning;

/// <summary>
/// An immutable sparse row of (feature index, value) pairs with strictly increasing indices and no
/// explicit zeros. Build one with <see cref="FromPairs"/>, <see cref="FromDense"/>, a
/// <see cref="SparseVectorBuilder"/> or <see cref="FeatureVocabulary.Vectorize(IEnumerable{string})"/>.
/// </summary>
public sealed class SparseVector
{
    private readonly int[] _indices;
    private readonly double[] _values;

    private SparseVector(int[] indices, double[] values)
    {
        _indices = indices;
        _values = values;
    }

    /// <summary>The vector with no non-zero entries.</summary>
    public static SparseVector Empty { get; } = new([], []);

    /// <summary>Number of stored (non-zero) entries.</summary>
    public int Count => _indices.Length;

    /// <summary>The feature indices, strictly increasing.</summary>
    public ReadOnlySpan<int> Indices => _indices;

    /// <summary>The values, aligned with <see cref="Indices"/>.</summary>
    public ReadOnlySpan<double> Values => _values;

    /// <summary>The value at feature <paramref name="index"/> (0 when not stored).</summary>
    public double this[int index]
    {
        get
        {
            int k = Array.BinarySearch(_indices, index);
            return k >= 0 ? _values[k] : 0;
        }
    }

    /// <summary>
    /// Builds a vector from pairs in any order: values of a repeated index are summed, zeros are dropped.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">An index is negative.</exception>
    /// <exception cref="ArgumentException">A value is NaN or infinite.</exception>
    public static SparseVector FromPairs(IEnumerable<(int Index, double Value)> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var builder = new SparseVectorBuilder();
        foreach (var (i, v) in pairs) builder.Add(i, v);
        return builder.ToVector();
    }

    /// <summary>Builds a vector from a dense array, keeping the non-zero entries.</summary>
    public static SparseVector FromDense(ReadOnlySpan<double> dense)
    {
        var builder = new SparseVectorBuilder();
        for (int i = 0; i < dense.Length; i++) builder.Add(i, dense[i]);
        return builder.ToVector();
    }

    /// <summary>Wraps sorted, duplicate-free arrays without copying (callers guarantee the invariants).</summary>
    internal static SparseVector FromSorted(int[] indices, double[] values) =>
        indices.Length == 0 ? Empty : new SparseVector(indices, values);

    /// <summary>Dot product with a dense vector; indices beyond its length count as zero.</summary>
    public double Dot(ReadOnlySpan<double> dense)
    {
        double s = 0;
        for (int k = 0; k < _indices.Length; k++)
        {
            int i = _indices[k];
            if (i < dense.Length) s += _values[k] * dense[i];
        }
        return s;
    }

    /// <summary>The vector as "{index:value, ...}".</summary>
    public override string ToString()
    {
        var sb = new StringBuilder("{");
        for (int k = 0; k < _indices.Length; k++)
        {
            if (k > 0) sb.Append(", ");
            sb.Append(_indices[k].ToString(CultureInfo.InvariantCulture)).Append(':')
              .Append(_values[k].ToString("R", CultureInfo.InvariantCulture));
        }
        return sb.Append('}').ToString();
    }
}
