namespace NewsLens.Learning;

/// <summary>
/// Accumulates (index, value) pairs in any order and produces a <see cref="SparseVector"/> (sorted,
/// duplicates summed, zeros dropped). Reusable: <see cref="ToVector"/> clears it, so one builder can
/// serve a whole corpus without reallocating its buffers.
/// </summary>
public sealed class SparseVectorBuilder
{
    private int[] _indices = new int[16];
    private double[] _values = new double[16];
    private int _count;

    /// <summary>Number of pairs added since the last <see cref="ToVector"/> or <see cref="Clear"/>.</summary>
    public int Count => _count;

    /// <summary>Adds <paramref name="value"/> at <paramref name="index"/> (summed with earlier values at the same index).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The index is negative.</exception>
    /// <exception cref="ArgumentException">The value is NaN or infinite.</exception>
    public void Add(int index, double value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        if (!double.IsFinite(value))
            throw new ArgumentException($"Feature {index} has the value {value}; values must be finite.", nameof(value));
        if (_count == _indices.Length)
        {
            Array.Resize(ref _indices, _count * 2);
            Array.Resize(ref _values, _count * 2);
        }
        _indices[_count] = index;
        _values[_count] = value;
        _count++;
    }

    /// <summary>Forgets the pairs added so far.</summary>
    public void Clear() => _count = 0;

    /// <summary>Returns the accumulated vector and clears the builder.</summary>
    public SparseVector ToVector()
    {
        if (_count == 0) return SparseVector.Empty;
        Array.Sort(_indices, _values, 0, _count);
        int n = 0;
        var idx = new int[_count];
        var val = new double[_count];
        for (int k = 0; k < _count; k++)
        {
            if (n > 0 && idx[n - 1] == _indices[k]) val[n - 1] += _values[k];
            else { idx[n] = _indices[k]; val[n] = _values[k]; n++; }
        }
        // drop zeros (including sums that cancelled)
        int m = 0;
        for (int k = 0; k < n; k++)
            if (val[k] != 0) { idx[m] = idx[k]; val[m] = val[k]; m++; }
        _count = 0;
        if (m != idx.Length)
        {
            Array.Resize(ref idx, m);
            Array.Resize(ref val, m);
        }
        return SparseVector.FromSorted(idx, val);
    }
}
