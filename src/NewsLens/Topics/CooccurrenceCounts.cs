namespace NewsLens.Topics;

/// <summary>
/// Boolean occurrence and co-occurrence counts of a small set of words over "units": whole documents
/// (UMass) or sliding windows (NPMI, C_v; Röder, Both &amp; Hinneburg 2015). A text shorter than the window
/// is one window, an empty text too.
/// </summary>
internal sealed class CooccurrenceCounts
{
    private readonly long[] _occurrences;
    private readonly long[,] _cooccurrences;

    private CooccurrenceCounts(int words)
    {
        _occurrences = new long[words];
        _cooccurrences = new long[words, words];
    }

    /// <summary>Number of units.</summary>
    public long Units { get; private set; }

    /// <summary>Units containing word a.</summary>
    public long Occurrences(int a) => _occurrences[a];

    /// <summary>Units containing both a and b (for a = b: units containing a).</summary>
    public long Cooccurrences(int a, int b) => _cooccurrences[a, b];

    /// <summary>Counts over whole documents. <paramref name="texts"/> hold word ids, −1 for other words.</summary>
    public static CooccurrenceCounts Documents(IReadOnlyList<int[]> texts, int words)
    {
        var c = new CooccurrenceCounts(words);
        var present = new bool[words];
        var list = new List<int>();
        foreach (var text in texts)
        {
            list.Clear();
            foreach (int w in text)
                if (w >= 0 && !present[w]) { present[w] = true; list.Add(w); }
            c.CountUnit(list);
            foreach (int w in list) present[w] = false;
        }
        return c;
    }

    /// <summary>Counts over sliding windows of <paramref name="size"/> tokens, stepping by one token.</summary>
    public static CooccurrenceCounts Windows(IReadOnlyList<int[]> texts, int words, int size, WindowCounting counting)
    {
        var c = new CooccurrenceCounts(words);
        var set = new IndexedSet(words);
        var inWindow = new int[words];
        foreach (var text in texts)
        {
            set.Clear();
            Array.Clear(inWindow);
            int first = Math.Min(size, text.Length);
            for (int i = 0; i < first; i++)
            {
                int w = text[i];
                if (w >= 0 && inWindow[w]++ == 0) set.Add(w);
            }
            c.CountUnit(set.Items);
            for (int end = size; end < text.Length; end++)
            {
                int leaving = text[end - size], entering = text[end];
                if (counting == WindowCounting.Exact)
                {
                    if (leaving >= 0 && --inWindow[leaving] == 0) set.Remove(leaving);
                    if (entering >= 0 && inWindow[entering]++ == 0) set.Add(entering);
                }
                else
                {
                    // gensim 4.x WordOccurrenceAccumulator._slide_window: drop the leaving word, add the entering one.
                    if (leaving >= 0) set.Remove(leaving);
                    if (entering >= 0) set.Add(entering);
                }
                c.CountUnit(set.Items);
            }
        }
        return c;
    }

    private void CountUnit(IReadOnlyList<int> present)
    {
        Units++;
        for (int i = 0; i < present.Count; i++)
        {
            int a = present[i];
            _occurrences[a]++;
            for (int j = 0; j < present.Count; j++) _cooccurrences[a, present[j]]++;
        }
    }

    /// <summary>A set of small integers with O(1) add, remove and listing.</summary>
    private sealed class IndexedSet
    {
        private readonly int[] _position;
        private readonly List<int> _items = new();

        public IndexedSet(int capacity)
        {
            _position = new int[capacity];
            Array.Fill(_position, -1);
        }

        public IReadOnlyList<int> Items => _items;

        public void Add(int x)
        {
            if (_position[x] >= 0) return;
            _position[x] = _items.Count;
            _items.Add(x);
        }

        public void Remove(int x)
        {
            int p = _position[x];
            if (p < 0) return;
            int last = _items[^1];
            _items[p] = last;
            _position[last] = p;
            _items.RemoveAt(_items.Count - 1);
            _position[x] = -1;
        }

        public void Clear()
        {
            foreach (int x in _items) _position[x] = -1;
            _items.Clear();
        }
    }
}
