using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NewsLens.Text;

/// <summary>
/// A hash map from character spans to integers that is probed with a <see cref="ReadOnlySpan{T}"/>, so
/// counting tokens needs no string per token. Open addressing with linear probing over a power-of-two
/// array of entries kept at most half full; each entry holds its hash, value and the place of its key in
/// one shared character array (one memory access per probe, keys side by side). FNV-1a hash (Fowler,
/// Noll and Vo) of the UTF-16 code units, with a final mix. Empty keys are not allowed. Not thread-safe.
/// </summary>
internal sealed class SpanTable
{
    private struct Entry
    {
        public int Hash;
        public int Value;
        public int Offset;
        public int Length; // 0 = empty slot
    }

    private Entry[] _entries = new Entry[1024];
    private char[] _chars = new char[8192];
    private int _used;

    /// <summary>Number of keys.</summary>
    public int Count { get; private set; }

    /// <summary>Finds <paramref name="key"/>; true with its value when present.</summary>
    public bool TryGetValue(ReadOnlySpan<char> key, out int value) => TryGetValue(key, Hash(key), out value);

    /// <summary>Finds <paramref name="key"/> whose <see cref="Hash"/> is already known (computed while scanning it).</summary>
    public bool TryGetValue(ReadOnlySpan<char> key, int hash, out int value)
    {
        var entries = _entries;
        var mask = entries.Length - 1;
        for (var slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            ref var e = ref entries[slot];
            if (e.Length == 0) break;
            if (e.Hash == hash && e.Length == key.Length && SameChars(key, _chars, e.Offset))
            {
                value = e.Value;
                return true;
            }
        }
        value = 0;
        return false;
    }

    /// <summary>
    /// True when <paramref name="key"/> equals the characters of <paramref name="chars"/> from
    /// <paramref name="offset"/> (the caller has checked that they fit and have the key's length). Words are short:
    /// four characters at a time in line, longer keys by the vectorised comparison.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool SameChars(ReadOnlySpan<char> key, char[] chars, int offset)
    {
        int length = key.Length;
        if (length > 16) return key.SequenceEqual(chars.AsSpan(offset, length));
        ref byte a = ref Unsafe.As<char, byte>(ref MemoryMarshal.GetReference(key));
        ref byte b = ref Unsafe.As<char, byte>(ref chars[offset]);
        int bytes = 2 * length, i = 0;
        for (; i + 8 <= bytes; i += 8)
            if (Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref a, i)) != Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref b, i))) return false;
        for (; i < bytes; i += 2)
            if (Unsafe.ReadUnaligned<char>(ref Unsafe.Add(ref a, i)) != Unsafe.ReadUnaligned<char>(ref Unsafe.Add(ref b, i))) return false;
        return true;
    }

    /// <summary>Adds a non-empty key that is not present (the caller has checked with <see cref="TryGetValue(ReadOnlySpan{char}, out int)"/>).</summary>
    public void Add(ReadOnlySpan<char> key, int value)
    {
        if (key.IsEmpty) throw new ArgumentException("A SpanTable key cannot be empty.", nameof(key));
        if (2 * (Count + 1) > _entries.Length) Grow();
        if (_used + key.Length > _chars.Length)
            Array.Resize(ref _chars, Math.Max(2 * _chars.Length, _used + key.Length));
        key.CopyTo(_chars.AsSpan(_used));
        Place(new Entry { Hash = Hash(key), Value = value, Offset = _used, Length = key.Length });
        _used += key.Length;
        Count++;
    }

    private void Place(Entry entry)
    {
        var mask = _entries.Length - 1;
        var slot = entry.Hash & mask;
        while (_entries[slot].Length != 0) slot = (slot + 1) & mask;
        _entries[slot] = entry;
    }

    private void Grow()
    {
        var old = _entries;
        _entries = new Entry[2 * old.Length];
        foreach (var e in old)
            if (e.Length != 0) Place(e);
    }

    /// <summary>The FNV-1a offset basis: the running hash before the first character.</summary>
    public const uint HashStart = 2166136261u;

    /// <summary>One FNV-1a step: the running hash after character <paramref name="c"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint HashStep(uint h, char c) => (h ^ c) * 16777619u;

    /// <summary>The hash of a key: FNV-1a over its characters, then <see cref="HashEnd"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Hash(ReadOnlySpan<char> key)
    {
        var h = HashStart;
        foreach (var c in key) h = HashStep(h, c);
        return HashEnd(h);
    }

    /// <summary>The final mix of a running hash (the slot is taken from the low bits, so the high bits are mixed down).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int HashEnd(uint h)
    {
        h ^= h >> 15;
        h *= 0x2C1B3C6Du;
        h ^= h >> 12;
        return (int)(h & 0x7FFFFFFF);
    }
}
