using NewsLens.Corpora;
using NewsLens.Text;

namespace NewsLens.Terms;

/// <summary>
/// Tokenizes and counts chunks of documents for <see cref="ParallelCounting"/>, one chunk after another on
/// whatever thread holds it (one thread at a time). Its keys are the decisions of its own
/// <see cref="FormDecisions"/>, kept across chunks, so a form is decided once per counter and a feature is
/// looked up in the global vocabulary once per counter (through the shared <see cref="KeyMap"/>).
/// </summary>
internal sealed class TextChunkCounter(TokenizerOptions options)
{
    private readonly FormDecisions _decisions = new(options);
    private readonly KeyMap _map = new();
    private readonly KeyTally _tally = new();
    private int[] _decided = new int[1024];
    private int[] _chunkOf = new int[1024];   // per key: the serial number of the last chunk it occurred in
    private int _chunk;

    public ChunkCounts Count(Document[] documents)
    {
        _chunk++;
        var counts = new ChunkCounts(_map);
        foreach (var document in documents) Count(document, counts);
        return counts;
    }

    // The per-token loop is a method per document, so the JIT's tiering optimises it after a few documents
    // (a loop in a method called once per chunk would run unoptimised code for the first chunks).
    private void Count(Document document, ChunkCounts counts)
    {
        var n = TextCounter.Decide(_decisions, document.Text ?? "", ref _decided);
        for (var i = 0; i < n; i++)
        {
            var key = _decided[i];
            if (key >= _chunkOf.Length) Array.Resize(ref _chunkOf, Math.Max(key + 1, 2 * _chunkOf.Length));
            if (_chunkOf[key] != _chunk)
            {
                _chunkOf[key] = _chunk;
                counts.FirstSeen(key, _decisions.Feature(key));
            }
            _tally.Add(key);
        }
        _tally.EndRow(counts, document.Info);
    }
}
