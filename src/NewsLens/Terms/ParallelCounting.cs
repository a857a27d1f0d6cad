using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using NewsLens.Corpora;

namespace NewsLens.Terms;

/// <summary>
/// Counts chunks of documents on several threads and assembles one matrix identical to serial counting.
/// The calling thread takes part (<c>Parallel.ForEach</c>
/// over an unbuffered partitioner: whichever thread is free reads the next chunk from the source, in order).
/// When a chunk is counted, the chunks completed in document order get their global feature ids: each key
/// first seen in a chunk and not yet known is looked up (or added) in the vocabulary, in the order of its
/// first occurrence, which numbers the features exactly as serial counting does. This step touches only the
/// chunk's distinct keys and runs under a lock; the per-entry work (each row's keys mapped to ids and put in
/// id order) runs outside it, on the thread that finished the chunk.
/// </summary>
internal sealed class ParallelCounting
{
    private readonly object _gate = new();
    private readonly Dictionary<long, ChunkCounts> _waiting = new();
    private readonly List<ChunkCounts> _chunks = new();
    private readonly Dictionary<string, int> _vocabulary = new(StringComparer.Ordinal);
    private readonly List<string> _features = new();

    /// <summary>
    /// Cuts <paramref name="items"/> into chunks of at least <paramref name="chunkWeight"/> (each item weighs
    /// what <paramref name="weigh"/> says, after checking it), counts up to <paramref name="degree"/> chunks at
    /// once and returns the matrix. The first failure is rethrown as it was thrown, after the running chunks end.
    /// </summary>
    public static DocumentFeatureMatrix Count<T>(IEnumerable<T> items, int degree, long chunkWeight,
        Func<T, long> weigh, Func<T[], ChunkCounts> countChunk)
    {
        var counting = new ParallelCounting();
        try
        {
            Parallel.ForEach(Partitioner.Create(Chunks(items, chunkWeight, weigh), EnumerablePartitionerOptions.NoBuffering),
                new ParallelOptions { MaxDegreeOfParallelism = degree },
                (chunk, _, index) => counting.Complete(index, countChunk(chunk)));
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
        return counting.ToMatrix();
    }

    private static IEnumerable<T[]> Chunks<T>(IEnumerable<T> items, long chunkWeight, Func<T, long> weigh)
    {
        var batch = new List<T>();
        long weight = 0;
        foreach (var item in items)
        {
            weight += weigh(item);
            batch.Add(item);
            if (weight < chunkWeight) continue;
            yield return batch.ToArray();
            batch.Clear();
            weight = 0;
        }
        if (batch.Count > 0) yield return batch.ToArray();
    }

    /// <summary>Numbers the chunks now complete in order, then sorts the rows of those this thread numbered.</summary>
    private void Complete(long index, ChunkCounts chunk)
    {
        List<ChunkCounts>? numbered = null;
        lock (_gate)
        {
            _waiting.Add(index, chunk);
            while (_waiting.Remove(_chunks.Count, out var next))
            {
                Number(next);
                _chunks.Add(next);
                (numbered ??= new()).Add(next);
            }
        }
        if (numbered is null) return;
        foreach (var c in numbered) SortRows(c);
    }

    private void Number(ChunkCounts chunk)
    {
        var map = chunk.Map;
        var max = -1;
        foreach (var key in chunk.FirstKeys) max = Math.Max(max, key);
        map.EnsureCapacity(max + 1);
        var ids = map.Ids;
        for (var i = 0; i < chunk.FirstKeys.Count; i++)
        {
            var key = chunk.FirstKeys[i];
            if (ids[key] != 0) continue;
            var feature = chunk.FirstFeatures[i];
            if (!_vocabulary.TryGetValue(feature, out var id))
            {
                id = _features.Count;
                _vocabulary.Add(feature, id);
                _features.Add(feature);
            }
            ids[key] = id + 1;
        }
        chunk.Ids = ids;
        chunk.FeatureCount = _features.Count;
    }

    /// <summary>Replaces each row's keys by feature ids, in id order (a bit set read back in order: no sort).</summary>
    /// <remarks>Called once per chunk: optimised at once rather than after tiering (few calls, long loops).</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static void SortRows(ChunkCounts chunk)
    {
        var ids = chunk.Ids;
        var counts = new int[chunk.FeatureCount];
        var seen = new ulong[(chunk.FeatureCount >> 6) + 1];
        var keys = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(chunk.Keys);
        var values = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(chunk.Counts);
        var start = 0;
        foreach (var end in chunk.RowEnds)
        {
            int first = int.MaxValue, last = -1;
            for (var k = start; k < end; k++)
            {
                var id = ids[keys[k]] - 1;
                counts[id] = values[k];
                var w = id >> 6;
                seen[w] |= 1UL << id;
                first = Math.Min(first, w);
                last = Math.Max(last, w);
            }
            var at = start;
            for (var w = first; w <= last; w++)
            {
                for (var bits = seen[w]; bits != 0; bits &= bits - 1)
                {
                    var id = (w << 6) + System.Numerics.BitOperations.TrailingZeroCount(bits);
                    keys[at] = id;
                    values[at++] = counts[id];
                }
                seen[w] = 0;
            }
            start = end;
        }
    }

    private DocumentFeatureMatrix ToMatrix()
    {
        var documents = new List<DocumentInfo>();
        var rowPtr = new List<int> { 0 };
        long total = 0;
        foreach (var c in _chunks) total += c.Keys.Count;
        var columns = new int[checked((int)total)];
        var values = new double[columns.Length];
        var offset = 0;
        foreach (var c in _chunks)
        {
            documents.AddRange(c.Documents);
            foreach (var end in c.RowEnds) rowPtr.Add(offset + end);
            System.Runtime.InteropServices.CollectionsMarshal.AsSpan(c.Keys).CopyTo(columns.AsSpan(offset));
            var counts = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(c.Counts);
            for (var k = 0; k < counts.Length; k++) values[offset + k] = counts[k];
            offset += counts.Length;
        }
        return DocumentFeatureMatrix.Trusted(documents.ToArray(), _features.ToArray(), rowPtr.ToArray(), columns, values, WeightScheme.Counts);
    }
}
