using NewsLens.Corpora;

namespace NewsLens.Terms;

/// <summary>
/// Counts rows against a growing vocabulary: features get ids in order of first occurrence, each
/// row is stored as (feature id, count) pairs sorted by id. The row being counted is kept as counts by
/// id plus a bit set of the ids seen, read back in id order (no sort).
/// </summary>
internal sealed class RowCounter
{
    private readonly Dictionary<string, int> _vocabulary = new(StringComparer.Ordinal);
    private int[] _scratch = new int[256];
    private ulong[] _seen = new ulong[4];
    private int _firstWord = int.MaxValue;
    private int _lastWord = -1;

    public List<string> Features { get; } = new();
    public List<DocumentInfo> Documents { get; } = new();
    public List<int> RowPtr { get; } = new() { 0 };
    public List<int> Columns { get; } = new();
    public List<int> Counts { get; } = new();

    /// <summary>
    /// Counts one document's features into a new row. When enumerating <paramref name="features"/>
    /// fails, the counter is left as it was before the call (no row, no new features) and the
    /// exception propagates.
    /// </summary>
    public void AddRow(DocumentInfo info, IEnumerable<string> features)
    {
        var featuresBefore = Features.Count;
        try
        {
            foreach (var feature in features)
            {
                if (feature is null)
                    throw new ArgumentException($"Document '{info.Id}' has a null feature.", nameof(features));
                Tally(FeatureId(feature));
            }
        }
        catch
        {
            for (var w = _firstWord; w <= _lastWord; w++)
                for (var bits = _seen[w]; bits != 0; bits &= bits - 1)
                    _scratch[(w << 6) + System.Numerics.BitOperations.TrailingZeroCount(bits)] = 0;
            ClearSeen();
            for (var id = featuresBefore; id < Features.Count; id++) _vocabulary.Remove(Features[id]);
            Features.RemoveRange(featuresBefore, Features.Count - featuresBefore);
            throw;
        }
        EndRow(info);
    }

    /// <summary>Counts one document given as feature ids (from <see cref="FeatureId"/>) into a new row.</summary>
    public void AddRow(DocumentInfo info, ReadOnlySpan<int> ids)
    {
        foreach (var id in ids) Tally(id);
        EndRow(info);
    }

    /// <summary>The id of <paramref name="feature"/>, adding it to the vocabulary when it is new.</summary>
    public int FeatureId(string feature)
    {
        if (!_vocabulary.TryGetValue(feature, out var id))
        {
            id = Features.Count;
            _vocabulary.Add(feature, id);
            Features.Add(feature);
        }
        return id;
    }

    private void Tally(int id, int count = 1)
    {
        if (id >= _scratch.Length)
        {
            Array.Resize(ref _scratch, Math.Max(id + 1, _scratch.Length * 2));
            Array.Resize(ref _seen, (_scratch.Length >> 6) + 1);
        }
        var before = _scratch[id];
        _scratch[id] = before + count;
        if (before != 0) return;
        var w = id >> 6;
        _seen[w] |= 1UL << id;
        if (w < _firstWord) _firstWord = w;
        if (w > _lastWord) _lastWord = w;
    }

    private void EndRow(DocumentInfo info)
    {
        for (var w = _firstWord; w <= _lastWord; w++)
        {
            for (var bits = _seen[w]; bits != 0; bits &= bits - 1)
            {
                var id = (w << 6) + System.Numerics.BitOperations.TrailingZeroCount(bits);
                Columns.Add(id);
                Counts.Add(_scratch[id]);
                _scratch[id] = 0;
            }
        }
        ClearSeen();
        Documents.Add(info);
        RowPtr.Add(Columns.Count);
    }

    private void ClearSeen()
    {
        if (_lastWord >= _firstWord) Array.Clear(_seen, _firstWord, _lastWord - _firstWord + 1);
        _firstWord = int.MaxValue;
        _lastWord = -1;
    }

    public DocumentFeatureMatrix ToMatrix()
    {
        var values = new double[Counts.Count];
        for (var k = 0; k < values.Length; k++) values[k] = Counts[k];
        return DocumentFeatureMatrix.Trusted(Documents.ToArray(), Features.ToArray(), RowPtr.ToArray(),
            Columns.ToArray(), values, WeightScheme.Counts);
    }
}
