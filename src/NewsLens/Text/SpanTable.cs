namespace NewsLens.Text;

/// <summary>
/// A hash map from character spans to integers that is probed with a <see cref="ReadOnlySpan{T}"/>, so
/// counting tokens needs no string per token: a string is made only the first time a key is added.
/// Open addressing with linear probing over a power-of-two table kept at most half full; FNV-1a hash
/// (Fowler, Noll and Vo) of the UTF-16 code units. Not thread-safe.
/// </summary>
internal sealed class SpanTable
{
    private int[] _slots = new int[1024];   // 0 = empty, else entry index + 1
    private string[] _keys = new string[512];
    private int[] _hashes = new int[512];
    private int[] _values = new int[512];

    /// <summary>Number of keys.</summary>
    public int Count { get; private set; }

    /// <summary>Finds <paramref name="key"/>; true with its value when present.</summary>
    public bool TryGetValue(ReadOnlySpan<char> key, out int value)
    {
        var hash = Hash(key);
        var mask = _slots.Length - 1;
        for (var slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            var entry = _slots[slot] - 1;
            if (entry < 0) break;
            if (_hashes[entry] == hash && key.SequenceEqual(_keys[entry]))
            {
                value = _values[entry];
                return true;
            }
        }
        value = 0;
        return false;
    }

    /// <summary>Adds a key that is not present (the caller has checked with <see cref="TryGetValue"/>).</summary>
    public void Add(string key, int value)
    {
        if (Count == _keys.Length)
        {
            Array.Resize(ref _keys, Count * 2);
            Array.Resize(ref _hashes, Count * 2);
            Array.Resize(ref _values, Count * 2);
        }
        if (2 * (Count + 1) > _slots.Length) Grow();
        var hash = Hash(key);
        _keys[Count] = key;
        _hashes[Count] = hash;
        _values[Count] = value;
        Place(Count, hash);
        Count++;
    }

    private void Place(int entry, int hash)
    {
        var mask = _slots.Length - 1;
        var slot = hash & mask;
        while (_slots[slot] != 0) slot = (slot + 1) & mask;
        _slots[slot] = entry + 1;
    }

    private void Grow()
    {
        _slots = new int[_slots.Length * 2];
        for (var entry = 0; entry < Count; entry++) Place(entry, _hashes[entry]);
    }

    private static int Hash(ReadOnlySpan<char> key)
    {
        var h = 2166136261u;
        foreach (var c in key) h = (h ^ c) * 16777619u;
        // Mix the high bits down: the table index takes the low bits.
        h ^= h >> 15;
        h *= 0x2C1B3C6Du;
        h ^= h >> 12;
        return (int)(h & 0x7FFFFFFF);
    }
}
