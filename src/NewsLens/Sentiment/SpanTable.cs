namespace NewsLens.Sentiment;

/// <summary>
/// An immutable, case-insensitive (ordinal) hash table that is looked up by a character span, so a token
/// can be found without allocating a lower-cased string for it. (net8.0 has no alternate-key lookup on
/// <see cref="Dictionary{TKey, TValue}"/>; this is the small table that replaces it.)
/// </summary>
internal sealed class SpanTable<TValue>
{
    private readonly int[] _buckets;   // 1-based index into _entries; 0 = empty
    private readonly Entry[] _entries;
    private readonly int _mask;

    private readonly record struct Entry(string Key, TValue Value, int Hash, int Next);

    /// <summary>Builds the table from entries whose keys are already unique under ordinal-ignore-case.</summary>
    public SpanTable(IReadOnlyDictionary<string, TValue> source)
    {
        int size = 16;
        while (size < source.Count * 2) size <<= 1;
        _buckets = new int[size];
        _mask = size - 1;
        _entries = new Entry[source.Count];
        int n = 0;
        foreach (var (key, value) in source)
        {
            int hash = Hash(key);
            int bucket = hash & _mask;
            _entries[n] = new Entry(key, value, hash, _buckets[bucket]);
            _buckets[bucket] = ++n;
        }
    }

    /// <summary>Number of keys.</summary>
    public int Count => _entries.Length;

    /// <summary>Looks a key up ignoring case.</summary>
    public bool TryGetValue(ReadOnlySpan<char> key, out TValue value)
    {
        int hash = Hash(key);
        for (int i = _buckets[hash & _mask]; i != 0;)
        {
            ref readonly Entry e = ref _entries[i - 1];
            if (e.Hash == hash && key.Equals(e.Key.AsSpan(), StringComparison.OrdinalIgnoreCase))
            {
                value = e.Value;
                return true;
            }
            i = e.Next;
        }
        value = default!;
        return false;
    }

    /// <summary>True when the key is present (ignoring case).</summary>
    public bool Contains(ReadOnlySpan<char> key) => TryGetValue(key, out _);

    private static int Hash(ReadOnlySpan<char> key) => string.GetHashCode(key, StringComparison.OrdinalIgnoreCase) & 0x7FFFFFFF;
}
