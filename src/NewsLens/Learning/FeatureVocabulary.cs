namespace NewsLens.Learning;

/// <summary>
/// Maps string features ("w:L1:warned", "vader_right") to column indices. While open it grows as
/// features are seen; once frozen (after training) it never changes, and features it does not know
/// are ignored when vectorizing, so a trained model can score text with unseen words.
/// Indices are assigned in order of first appearance, so the same feature stream gives the same vocabulary.
/// </summary>
public sealed class FeatureVocabulary
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly List<string> _names = [];
    private readonly SparseVectorBuilder _builder = new();

    /// <summary>An empty, open vocabulary.</summary>
    public FeatureVocabulary() { }

    /// <summary>A frozen vocabulary with the given features at indices 0, 1, ...</summary>
    /// <exception cref="ArgumentException">A name is null, empty or repeated.</exception>
    public static FeatureVocabulary FromNames(IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var v = new FeatureVocabulary();
        foreach (var name in names)
        {
            if (string.IsNullOrEmpty(name)) throw new ArgumentException($"Feature {v.Count} has an empty name.", nameof(names));
            if (v._index.ContainsKey(name)) throw new ArgumentException($"Feature '{name}' is listed twice.", nameof(names));
            v.GetOrAdd(name);
        }
        return v.Freeze();
    }

    /// <summary>
    /// A frozen vocabulary of the features that occur in at least <paramref name="minCount"/> rows
    /// (a feature repeated within a row counts once), in order of first appearance.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minCount"/> is below 1.</exception>
    public static FeatureVocabulary Build(IEnumerable<IEnumerable<string>> rows, int minCount = 1)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentOutOfRangeException.ThrowIfLessThan(minCount, 1);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var order = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            seen.Clear();
            foreach (var f in row)
            {
                if (!seen.Add(f)) continue;
                if (counts.TryGetValue(f, out int c)) counts[f] = c + 1;
                else { counts[f] = 1; order.Add(f); }
            }
        }
        var v = new FeatureVocabulary();
        foreach (var f in order)
            if (counts[f] >= minCount) v.GetOrAdd(f);
        return v.Freeze();
    }

    /// <summary>Number of features.</summary>
    public int Count => _names.Count;

    /// <summary>True once <see cref="Freeze"/> has been called: no features are added any more.</summary>
    public bool IsFrozen { get; private set; }

    /// <summary>The feature names by index.</summary>
    public IReadOnlyList<string> Names => _names;

    /// <summary>Stops the vocabulary from growing; returns the same instance.</summary>
    public FeatureVocabulary Freeze()
    {
        IsFrozen = true;
        return this;
    }

    /// <summary>The index of <paramref name="name"/>, adding it when new.</summary>
    /// <exception cref="InvalidOperationException">The vocabulary is frozen and does not know the feature.</exception>
    public int GetOrAdd(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (_index.TryGetValue(name, out int i)) return i;
        if (IsFrozen) throw new InvalidOperationException($"The vocabulary is frozen; cannot add the feature '{name}'.");
        i = _names.Count;
        _index.Add(name, i);
        _names.Add(name);
        return i;
    }

    /// <summary>Looks up a feature's index.</summary>
    public bool TryGetIndex(string name, out int index) => _index.TryGetValue(name, out index);

    /// <summary>The index of a feature, or -1 when unknown.</summary>
    public int IndexOf(string name) => _index.TryGetValue(name, out int i) ? i : -1;

    /// <summary>
    /// A row with value 1 for each feature (repeats add up). Unknown features are added while the
    /// vocabulary is open and ignored once it is frozen. Not thread-safe (it reuses one buffer).
    /// </summary>
    public SparseVector Vectorize(IEnumerable<string> features)
    {
        ArgumentNullException.ThrowIfNull(features);
        foreach (var f in features) AddTo(f, 1.0);
        return _builder.ToVector();
    }

    /// <summary>
    /// A row of weighted features (repeats add up). Unknown features are added while the vocabulary is
    /// open and ignored once it is frozen. Not thread-safe (it reuses one buffer).
    /// </summary>
    public SparseVector Vectorize(IEnumerable<KeyValuePair<string, double>> features)
    {
        ArgumentNullException.ThrowIfNull(features);
        foreach (var (f, v) in features) AddTo(f, v);
        return _builder.ToVector();
    }

    private void AddTo(string feature, double value)
    {
        int i;
        if (IsFrozen)
        {
            if (!_index.TryGetValue(feature, out i)) return;
        }
        else i = GetOrAdd(feature);
        _builder.Add(i, value);
    }
}
