using NewsLens.Corpora;

namespace NewsLens.Terms;

/// <summary>
/// The rows of one chunk of documents as a worker thread counted them, before they have global feature
/// ids. A row holds (key, count) pairs in any order; a key is the worker's own number for a feature (a
/// <see cref="FormDecisions"/> decision, or an index into a chunk-local vocabulary). The chunk also lists
/// the keys in the order they first occur in it, with their feature texts: that is all
/// <see cref="ParallelCounting"/> needs to number new features exactly as serial counting would.
/// </summary>
internal sealed class ChunkCounts(KeyMap map)
{
    public List<DocumentInfo> Documents { get; } = new();

    /// <summary>Where each row ends in <see cref="Keys"/> and <see cref="Counts"/>.</summary>
    public List<int> RowEnds { get; } = new();

    public List<int> Keys { get; } = new();

    public List<int> Counts { get; } = new();

    /// <summary>The chunk's keys in order of first occurrence, each once.</summary>
    public List<int> FirstKeys { get; } = new();

    /// <summary>The feature text of each of <see cref="FirstKeys"/>.</summary>
    public List<string> FirstFeatures { get; } = new();

    /// <summary>Key -> global feature id, shared by the chunks of one worker's keys.</summary>
    public KeyMap Map => map;

    /// <summary>The map's id array once this chunk's keys all have global ids (set by <see cref="ParallelCounting"/>).</summary>
    public int[] Ids { get; set; } = [];

    /// <summary>The number of global features once this chunk's keys have ids: every id in the chunk is below it.</summary>
    public int FeatureCount { get; set; }

    /// <summary>Notes the first occurrence of a key in this chunk.</summary>
    public void FirstSeen(int key, string feature)
    {
        FirstKeys.Add(key);
        FirstFeatures.Add(feature);
    }

    /// <summary>Ends the current row (its pairs were added to <see cref="Keys"/> and <see cref="Counts"/>).</summary>
    public void EndRow(DocumentInfo info)
    {
        Documents.Add(info);
        RowEnds.Add(Keys.Count);
    }
}

/// <summary>
/// Global feature id + 1 of each key (0 = not yet known), grown on demand. Written only while the
/// chunks are numbered in order (one thread at a time); a chunk keeps the array it was numbered
/// against, whose entries for its keys never change afterwards.
/// </summary>
internal sealed class KeyMap
{
    public int[] Ids { get; private set; } = new int[1024];

    public void EnsureCapacity(int keys)
    {
        if (keys <= Ids.Length) return;
        var grown = Ids;
        Array.Resize(ref grown, Math.Max(keys, 2 * Ids.Length));
        Ids = grown;
    }
}
