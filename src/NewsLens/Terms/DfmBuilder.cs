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

    /// <summary>Tokenizes and counts one document's text (see <see cref="DocumentFeatureMatrix.From(IEnumerable{Document}, TokenizerOptions?, DfmBuildOptions?)"/>).</summary>
    internal void Add(Document document, TokenizerOptions options)
    {
        if (_text is null || !ReferenceEquals(_text.Options, options))
            _text = new TextCounter(new FormDecisions(options), _counter);
        _text.Add(document.Info, document.Text ?? "");
    }

    private TextCounter? _text;

    /// <summary>
    /// Counts chunks of documents on up to <paramref name="degree"/> worker threads and merges them
    /// in document order (see <see cref="RowCounter.Merge"/> for why the feature order is unchanged).
    /// </summary>
    internal void AddParallel(IEnumerable<(DocumentInfo Info, IEnumerable<string> Features)> documents, int degree, int chunkSize) =>
        AddParallel(documents, degree, chunkSize, chunk =>
        {
            var local = new RowCounter();
            foreach (var (info, features) in chunk) local.AddRow(info, features);
            return local;
        }, d =>
        {
            ArgumentNullException.ThrowIfNull(d.Info, "documents[].Info");
            ArgumentNullException.ThrowIfNull(d.Features, "documents[].Features");
            return 1;
        });

    /// <summary>Tokenizes and counts chunks of documents on up to <paramref name="degree"/> worker threads, merged in document order.</summary>
    internal void AddParallel(IEnumerable<Document> documents, TokenizerOptions options, int degree, int chunkCharacters)
    {
        // A chunk takes a FormDecisions no other running chunk holds, and returns it when done, so the
        // forms a thread has decided are not decided again (decisions are pure: which instance a chunk
        // gets does not change the result).
        var idle = new System.Collections.Concurrent.ConcurrentBag<FormDecisions>();
        AddParallel(documents, degree, chunkCharacters, chunk =>
        {
            if (!idle.TryTake(out var decisions)) decisions = new FormDecisions(options);
            try
            {
                var local = new TextCounter(decisions, new RowCounter(), chunk: true);
                foreach (var d in chunk) local.Add(d.Info, d.Text ?? "");
                return local.Counter;
            }
            finally
            {
                idle.Add(decisions);
            }
        }, d =>
        {
            ArgumentNullException.ThrowIfNull(d, "documents[]");
            return Math.Max(1, d.Text?.Length ?? 0);
        });
    }

    /// <summary>
    /// Cuts <paramref name="items"/> into chunks of at least <paramref name="chunkWeight"/> (each item weighs what
    /// <paramref name="weigh"/> says, after checking it), counts up to <paramref name="degree"/> chunks at once on
    /// worker threads and merges them in order.
    /// </summary>
    private void AddParallel<T>(IEnumerable<T> items, int degree, long chunkWeight, Func<T[], RowCounter> countChunk, Func<T, long> weigh)
    {
        var pending = new Queue<Task<RowCounter>>();
        try
        {
            var batch = new List<T>();
            long weight = 0;
            foreach (var item in items)
            {
                weight += weigh(item);
                batch.Add(item);
                if (weight < chunkWeight) continue;
                weight = 0;
                var chunk = batch.ToArray();
                pending.Enqueue(Task.Run(() => countChunk(chunk)));
                batch.Clear();
                if (pending.Count > degree)
                    _counter.Merge(pending.Dequeue().GetAwaiter().GetResult());
            }
            if (batch.Count > 0)
            {
                var last = batch.ToArray();
                pending.Enqueue(Task.Run(() => countChunk(last)));
            }
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
}
