using NewsLens.Corpora;
using NewsLens.Text;

namespace NewsLens.Terms;

/// <summary>
/// Builds a <see cref="DocumentFeatureMatrix"/> one document at a time, keeping only counts (not
/// texts) in memory. Features are numbered in order of first occurrence. Not thread-safe: use
/// <see cref="DocumentFeatureMatrix.Build(IEnumerable{ValueTuple{DocumentInfo, IEnumerable{string}}}, DfmBuildOptions?)"/>
/// with <see cref="DfmBuildOptions.MaxDegreeOfParallelism"/> for parallel counting.
/// </summary>
public sealed class DfmBuilder
{
    private readonly RowCounter _counter = new();

    /// <summary>Number of documents added so far.</summary>
    public int NDocuments => _counter.Documents.Count;

    /// <summary>Number of distinct features seen so far.</summary>
    public int NFeatures => _counter.Features.Count;

    /// <summary>Adds one document, counting its token texts.</summary>
    public void Add(TokenizedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        _counter.AddRow(document.Info, document.Tokens.Select(t => t.Text));
    }

    /// <summary>Adds one document given as a sequence of features (enumerated once).</summary>
    public void Add(DocumentInfo info, IEnumerable<string> features)
    {
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(features);
        _counter.AddRow(info, features);
    }

    /// <summary>The matrix of the documents added so far (a snapshot; the builder can go on).</summary>
    public DocumentFeatureMatrix ToMatrix() => _counter.ToMatrix();

    /// <summary>
    /// Counts chunks of documents on up to <paramref name="degree"/> worker threads and merges them
    /// in document order (see <see cref="RowCounter.Merge"/> for why the feature order is unchanged).
    /// </summary>
    internal void AddParallel(IEnumerable<(DocumentInfo Info, IEnumerable<string> Features)> documents, int degree, int chunkSize)
    {
        var pending = new Queue<Task<RowCounter>>();
        try
        {
            var batch = new List<(DocumentInfo, IEnumerable<string>)>(chunkSize);
            foreach (var document in documents)
            {
                ArgumentNullException.ThrowIfNull(document.Info, "documents[].Info");
                ArgumentNullException.ThrowIfNull(document.Features, "documents[].Features");
                batch.Add(document);
                if (batch.Count < chunkSize) continue;
                pending.Enqueue(CountAsync(batch.ToArray()));
                batch.Clear();
                if (pending.Count >= degree)
                    _counter.Merge(pending.Dequeue().GetAwaiter().GetResult());
            }
            if (batch.Count > 0) pending.Enqueue(CountAsync(batch.ToArray()));
            while (pending.Count > 0)
                _counter.Merge(pending.Dequeue().GetAwaiter().GetResult());
        }
        catch
        {
            // Let the chunks still running finish before reporting the first failure.
            foreach (var task in pending)
                try { task.Wait(); } catch (AggregateException) { }
            throw;
        }
    }

    private static Task<RowCounter> CountAsync((DocumentInfo Info, IEnumerable<string> Features)[] chunk) =>
        Task.Run(() =>
        {
            var local = new RowCounter();
            foreach (var (info, features) in chunk) local.AddRow(info, features);
            return local;
        });
}
