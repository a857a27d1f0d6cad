using NewsLens.Corpora;

namespace NewsLens.Terms;

/// <summary>
/// Counts a chunk of documents given as feature sequences for <see cref="ParallelCounting"/>: its keys are
/// indices into a vocabulary of the chunk's own, numbered in order of first occurrence.
/// </summary>
internal static class SequenceChunkCounter
{
    public static ChunkCounts Count((DocumentInfo Info, IEnumerable<string> Features)[] documents)
    {
        var counts = new ChunkCounts(new KeyMap());
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        var tally = new KeyTally();
        foreach (var (info, features) in documents)
        {
            foreach (var feature in features)
            {
                if (feature is null)
                    throw new ArgumentException($"Document '{info.Id}' has a null feature.", nameof(documents));
                if (!vocabulary.TryGetValue(feature, out var key))
                {
                    key = vocabulary.Count;
                    vocabulary.Add(feature, key);
                    counts.FirstSeen(key, feature);
                }
                tally.Add(key);
            }
            tally.EndRow(counts, info);
        }
        return counts;
    }
}
