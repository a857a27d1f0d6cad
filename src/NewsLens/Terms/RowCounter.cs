using NewsLens.Corpora;

namespace NewsLens.Terms;

/// <summary>
/// Counts rows against a growing vocabulary: features get ids in order of first occurrence, each
/// row is stored as (feature id, count) pairs sorted by id.
/// </summary>
internal sealed class RowCounter
{
    private readonly Dictionary<string, int> _vocabulary = new(StringComparer.Ordinal);
    private int[] _scratch = new int[256];
    private readonly List<int> _touched = new();

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
            foreach (var id in _touched) _scratch[id] = 0;
            _touched.Clear();
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

    private void Tally(int id)
    {
        if (id >= _scratch.Length) Array.Resize(ref _scratch, Math.Max(id + 1, _scratch.Length * 2));
        if (_scratch[id]++ == 0) _touched.Add(id);
    }

    private void EndRow(DocumentInfo info)
    {
        _touched.Sort();
        foreach (var id in _touched)
        {
            Columns.Add(id);
            Counts.Add(_scratch[id]);
            _scratch[id] = 0;
        }
        _touched.Clear();
        Documents.Add(info);
        RowPtr.Add(Columns.Count);
    }

    /// <summary>
    /// Appends the rows of a chunk counted with its own vocabulary. The chunk's features are
    /// visited in the chunk's first-occurrence order and those new here get the next ids; since the
    /// chunk follows every document already merged, this is exactly the id each would have got from
    /// serial counting.
    /// </summary>
    public void Merge(RowCounter chunk)
    {
        var map = new int[chunk.Features.Count];
        for (var local = 0; local < map.Length; local++)
        {
            map[local] = FeatureId(chunk.Features[local]);
        }
        var keys = new List<int>();
        var counts = new List<int>();
        for (var row = 0; row < chunk.Documents.Count; row++)
        {
            keys.Clear();
            counts.Clear();
            for (var k = chunk.RowPtr[row]; k < chunk.RowPtr[row + 1]; k++)
            {
                keys.Add(map[chunk.Columns[k]]);
                counts.Add(chunk.Counts[k]);
            }
            var keyArray = keys.ToArray();
            var countArray = counts.ToArray();
            Array.Sort(keyArray, countArray);
            Columns.AddRange(keyArray);
            Counts.AddRange(countArray);
            Documents.Add(chunk.Documents[row]);
            RowPtr.Add(Columns.Count);
        }
    }

    public DocumentFeatureMatrix ToMatrix()
    {
        var values = new double[Counts.Count];
        for (var k = 0; k < values.Length; k++) values[k] = Counts[k];
        return DocumentFeatureMatrix.Trusted(Documents.ToArray(), Features.ToArray(), RowPtr.ToArray(),
            Columns.ToArray(), values, WeightScheme.Counts);
    }
}
