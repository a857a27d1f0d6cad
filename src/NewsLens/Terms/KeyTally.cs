using NewsLens.Corpora;

namespace NewsLens.Terms;

/// <summary>
/// Counts one row's keys (dense non-negative integers) in a scratch array indexed by key and writes the
/// row's (key, count) pairs into a <see cref="ChunkCounts"/>, in the order the keys first occurred in the row.
/// Reused from row to row; not thread-safe.
/// </summary>
internal sealed class KeyTally
{
    private int[] _count = new int[1024];
    private readonly List<int> _touched = new();

    public void Add(int key)
    {
        if (key >= _count.Length) Array.Resize(ref _count, Math.Max(key + 1, 2 * _count.Length));
        if (_count[key]++ == 0) _touched.Add(key);
    }

    /// <summary>Writes the row into <paramref name="chunk"/> and clears the scratch for the next one.</summary>
    public void EndRow(ChunkCounts chunk, DocumentInfo info)
    {
        foreach (var key in _touched)
        {
            chunk.Keys.Add(key);
            chunk.Counts.Add(_count[key]);
            _count[key] = 0;
        }
        _touched.Clear();
        chunk.EndRow(info);
    }
}
