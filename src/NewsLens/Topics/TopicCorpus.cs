using NewsLens.Corpora;

namespace NewsLens.Topics;

/// <summary>
/// The input of the topic models: a vocabulary, and per document its tokens as word ids in text
/// order together with the document's <see cref="DocumentInfo"/> (metadata travels to the results;
/// <see cref="DocumentInfo.Date"/> is used for time bins). Immutable.
/// </summary>
public sealed partial class TopicCorpus
{
    private readonly int[][] _documents;
    private readonly DocumentInfo[] _infos;
    private readonly string[] _vocabulary;
    private Dictionary<string, int>? _index;

    /// <summary>
    /// Creates a corpus from a vocabulary and, per document, its word ids in text order.
    /// Every id must index <paramref name="vocabulary"/>; vocabulary entries must be distinct.
    /// </summary>
    /// <param name="vocabulary">The distinct terms; a word id is an index into this list.</param>
    /// <param name="documents">Per document, its tokens as word ids in text order (may be empty).</param>
    /// <param name="infos">Per document, its metadata; same length as <paramref name="documents"/>.</param>
    public TopicCorpus(IReadOnlyList<string> vocabulary, IReadOnlyList<int[]> documents, IReadOnlyList<DocumentInfo> infos)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(infos);
        if (documents.Count != infos.Count)
            throw new ArgumentException(
                $"TopicCorpus: {documents.Count} token lists but {infos.Count} document infos; they must pair up one to one.",
                nameof(infos));
        _vocabulary = vocabulary.ToArray();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < _vocabulary.Length; i++)
        {
            if (_vocabulary[i] is null)
                throw new ArgumentException($"TopicCorpus: vocabulary entry {i} is null.", nameof(vocabulary));
            if (!seen.Add(_vocabulary[i]))
                throw new ArgumentException($"TopicCorpus: vocabulary entry {i} '{_vocabulary[i]}' occurs twice.", nameof(vocabulary));
        }
        _documents = new int[documents.Count][];
        _infos = new DocumentInfo[infos.Count];
        for (int d = 0; d < documents.Count; d++)
        {
            var doc = documents[d] ?? throw new ArgumentException($"TopicCorpus: document {d} has a null token list.", nameof(documents));
            _infos[d] = infos[d] ?? throw new ArgumentException($"TopicCorpus: document {d} has a null DocumentInfo.", nameof(infos));
            for (int i = 0; i < doc.Length; i++)
            {
                if ((uint)doc[i] >= (uint)_vocabulary.Length)
                    throw new ArgumentException(
                        $"TopicCorpus: document {d} ('{_infos[d].Id}') token {i} has word id {doc[i]}, outside the vocabulary of {_vocabulary.Length} terms.",
                        nameof(documents));
            }
            _documents[d] = (int[])doc.Clone();
        }
        TokenCount = _documents.Sum(x => (long)x.Length);
    }

    /// <summary>
    /// Builds a corpus from token lists. Terms occurring fewer than <paramref name="minCount"/> times in the
    /// whole corpus are dropped from the vocabulary and from the documents. The vocabulary is sorted
    /// ordinally, so the same input always gives the same word ids.
    /// </summary>
    /// <param name="docs">Each document's metadata and tokens in text order.</param>
    /// <param name="minCount">Minimum corpus frequency for a term to be kept (at least 1).</param>
    public static TopicCorpus FromTokenLists(IEnumerable<(DocumentInfo Info, IEnumerable<string> Tokens)> docs, int minCount = 1)
    {
        ArgumentNullException.ThrowIfNull(docs);
        if (minCount < 1)
            throw new ArgumentOutOfRangeException(nameof(minCount), minCount, "minCount must be at least 1.");
        var infos = new List<DocumentInfo>();
        var tokenLists = new List<string[]>();
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (info, tokens) in docs)
        {
            ArgumentNullException.ThrowIfNull(info, "docs[].Info");
            ArgumentNullException.ThrowIfNull(tokens, "docs[].Tokens");
            var list = tokens.ToArray();
            for (int i = 0; i < list.Length; i++)
            {
                if (list[i] is null)
                    throw new ArgumentException($"TopicCorpus.FromTokenLists: document '{info.Id}' token {i} is null.", nameof(docs));
                counts[list[i]] = counts.GetValueOrDefault(list[i]) + 1;
            }
            infos.Add(info);
            tokenLists.Add(list);
        }
        var vocabulary = counts.Where(kv => kv.Value >= minCount).Select(kv => kv.Key).ToArray();
        Array.Sort(vocabulary, StringComparer.Ordinal);
        var index = new Dictionary<string, int>(vocabulary.Length, StringComparer.Ordinal);
        for (int i = 0; i < vocabulary.Length; i++) index[vocabulary[i]] = i;
        var documents = new int[tokenLists.Count][];
        for (int d = 0; d < tokenLists.Count; d++)
        {
            var ids = new List<int>(tokenLists[d].Length);
            foreach (var t in tokenLists[d])
                if (index.TryGetValue(t, out int id)) ids.Add(id);
            documents[d] = ids.ToArray();
        }
        return new TopicCorpus(vocabulary, documents, infos);
    }

    /// <summary>
    /// Builds a corpus from bags of words (e.g. the rows of a document-feature matrix): each (word id, count)
    /// becomes <c>count</c> tokens, in the order given. Text order is lost, which matters only to
    /// <see cref="LdaModel.Perplexity"/>'s half split.
    /// </summary>
    /// <param name="vocabulary">The distinct terms; a word id indexes this list.</param>
    /// <param name="bags">Per document, its (word id, count) pairs; counts must not be negative.</param>
    /// <param name="infos">Per document, its metadata.</param>
    public static TopicCorpus FromCounts(IReadOnlyList<string> vocabulary, IReadOnlyList<IEnumerable<(int WordId, int Count)>> bags, IReadOnlyList<DocumentInfo> infos)
    {
        ArgumentNullException.ThrowIfNull(bags);
        var documents = new int[bags.Count][];
        for (int d = 0; d < bags.Count; d++)
        {
            var tokens = new List<int>();
            foreach (var (w, c) in bags[d] ?? throw new ArgumentException($"TopicCorpus.FromCounts: document {d} has a null bag.", nameof(bags)))
            {
                if (c < 0)
                    throw new ArgumentException($"TopicCorpus.FromCounts: document {d} has count {c} for word id {w}; counts must not be negative.", nameof(bags));
                for (int i = 0; i < c; i++) tokens.Add(w);
            }
            documents[d] = tokens.ToArray();
        }
        return new TopicCorpus(vocabulary, documents, infos);
    }

    /// <summary>The distinct terms; a word id indexes this list.</summary>
    public IReadOnlyList<string> Vocabulary => _vocabulary;

    /// <summary>Number of distinct terms (V).</summary>
    public int VocabularySize => _vocabulary.Length;

    /// <summary>Number of documents (D).</summary>
    public int DocumentCount => _documents.Length;

    /// <summary>Total number of tokens in all documents.</summary>
    public long TokenCount { get; }

    /// <summary>Each document's metadata, in corpus order.</summary>
    public IReadOnlyList<DocumentInfo> Infos => _infos;

    /// <summary>The word ids of document <paramref name="d"/> in text order.</summary>
    public ReadOnlySpan<int> Tokens(int d) => _documents[d];

    /// <summary>The word id of <paramref name="term"/>, or -1 when it is not in the vocabulary.</summary>
    public int IdOf(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        _index ??= BuildIndex();
        return _index.TryGetValue(term, out int id) ? id : -1;
    }

    /// <summary>Corpus frequency of every term, indexed by word id.</summary>
    public long[] TermFrequencies()
    {
        var f = new long[_vocabulary.Length];
        foreach (var doc in _documents)
            foreach (int w in doc) f[w]++;
        return f;
    }

    internal int[] RawTokens(int d) => _documents[d];

    private Dictionary<string, int> BuildIndex()
    {
        var index = new Dictionary<string, int>(_vocabulary.Length, StringComparer.Ordinal);
        for (int i = 0; i < _vocabulary.Length; i++) index[_vocabulary[i]] = i;
        return index;
    }
}
