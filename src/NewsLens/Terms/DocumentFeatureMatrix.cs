using NewsLens.Corpora;
using NewsLens.Text;

namespace NewsLens.Terms;

/// <summary>
/// A document-feature matrix (quanteda's dfm): one row per document, one column per feature,
/// stored sparse in compressed sparse row (CSR) form. Immutable: every verb (<see cref="Trim(TrimOptions)"/>,
/// <see cref="Weight"/>, <see cref="Group"/>, <see cref="Select"/>, <see cref="Remove"/>,
/// <see cref="TopFeatures"/>) returns a new matrix.
/// </summary>
/// <remarks>
/// <para>Feature order is deterministic: features are numbered in order of first occurrence, reading
/// documents in corpus order and tokens in text order (as quanteda's <c>dfm()</c> does). The same
/// input always gives the same columns, whether the matrix was built serially or in parallel.</para>
/// <para>Each row carries its document's <see cref="DocumentInfo"/>, so metadata travels with the
/// counts (grouping by outlet or month, keyness by a metadata field).</para>
/// <para>Features are the token texts as they are: lower-casing, stopword removal and stemming are
/// the tokenizer's verbs, applied before the matrix is built.</para>
/// </remarks>
public sealed partial class DocumentFeatureMatrix
{
    private readonly DocumentInfo[] _documents;
    private readonly string[] _features;
    private readonly int[] _rowPtr;
    private readonly int[] _colIdx;
    private readonly double[] _values;
    private Dictionary<string, int>? _featureIndex;
    private double[]? _featureCounts;
    private int[]? _docFreq;

    /// <summary>
    /// Creates a matrix from CSR arrays. Within each row the column indices must be strictly
    /// increasing; explicit zeros are dropped.
    /// </summary>
    /// <param name="documents">One entry per row.</param>
    /// <param name="features">One name per column; names must be distinct.</param>
    /// <param name="rowPtr">Row start offsets into <paramref name="colIdx"/>, length rows + 1.</param>
    /// <param name="colIdx">Column index of each stored value.</param>
    /// <param name="values">The stored values.</param>
    /// <param name="scheme">The weighting the values carry (<see cref="WeightScheme.Counts"/> for raw counts).</param>
    /// <exception cref="ArgumentException">When the arrays are inconsistent.</exception>
    public DocumentFeatureMatrix(IReadOnlyList<DocumentInfo> documents, IReadOnlyList<string> features,
        int[] rowPtr, int[] colIdx, double[] values, WeightScheme? scheme = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(rowPtr);
        ArgumentNullException.ThrowIfNull(colIdx);
        ArgumentNullException.ThrowIfNull(values);
        if (rowPtr.Length != documents.Count + 1)
            throw new ArgumentException($"rowPtr has {rowPtr.Length} entries; expected documents + 1 = {documents.Count + 1}.", nameof(rowPtr));
        if (colIdx.Length != values.Length)
            throw new ArgumentException($"colIdx has {colIdx.Length} entries but values has {values.Length}.", nameof(colIdx));
        if (rowPtr[0] != 0 || rowPtr[^1] != colIdx.Length)
            throw new ArgumentException($"rowPtr must start at 0 and end at {colIdx.Length} (the number of stored values).", nameof(rowPtr));
        for (var i = 0; i < documents.Count; i++)
        {
            if (rowPtr[i + 1] < rowPtr[i])
                throw new ArgumentException($"rowPtr decreases at row {i}.", nameof(rowPtr));
            for (var k = rowPtr[i]; k < rowPtr[i + 1]; k++)
            {
                if ((uint)colIdx[k] >= (uint)features.Count)
                    throw new ArgumentException($"Row {i} refers to column {colIdx[k]}, but there are {features.Count} features.", nameof(colIdx));
                if (k > rowPtr[i] && colIdx[k] <= colIdx[k - 1])
                    throw new ArgumentException($"Column indices of row {i} are not strictly increasing.", nameof(colIdx));
            }
        }
        _documents = documents.ToArray();
        _features = features.ToArray();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var f in _features)
            if (!seen.Add(f ?? throw new ArgumentException("A feature name is null.", nameof(features))))
                throw new ArgumentException($"Feature '{f}' appears twice.", nameof(features));
        Scheme = scheme ?? WeightScheme.Counts;

        if (Array.IndexOf(values, 0.0) >= 0)
        {
            (_rowPtr, _colIdx, _values) = DropZeros(rowPtr, colIdx, values);
        }
        else
        {
            _rowPtr = (int[])rowPtr.Clone();
            _colIdx = (int[])colIdx.Clone();
            _values = (double[])values.Clone();
        }
    }

    /// <summary>Wraps arrays already validated and owned by the caller (no copy).</summary>
    private DocumentFeatureMatrix(DocumentInfo[] documents, string[] features, int[] rowPtr, int[] colIdx,
        double[] values, WeightScheme scheme, bool trusted)
    {
        _ = trusted;
        _documents = documents;
        _features = features;
        _rowPtr = rowPtr;
        _colIdx = colIdx;
        _values = values;
        Scheme = scheme;
    }

    internal static DocumentFeatureMatrix Trusted(DocumentInfo[] documents, string[] features, int[] rowPtr,
        int[] colIdx, double[] values, WeightScheme scheme) =>
        new(documents, features, rowPtr, colIdx, values, scheme, trusted: true);

    /// <summary>Counts the features (token texts) of every document of <paramref name="tokens"/>.</summary>
    public static DocumentFeatureMatrix From(Tokens tokens, DfmBuildOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        return Build(tokens, options);
    }

    /// <summary>
    /// Tokenizes and counts documents in one streaming pass, without keeping their tokens: the matrix is
    /// the same as <c>From(Tokens.From(documents, options))</c> (same features, in the same order, same
    /// counts) but no string is made per token, and with <see cref="DfmBuildOptions.MaxDegreeOfParallelism"/>
    /// above 1 chunks of documents are tokenized and counted on worker threads. The documents are read
    /// once, in order; with a lazy sequence only a few chunks of texts are held at a time.
    /// </summary>
    /// <param name="documents">The documents (for example a <see cref="Corpus"/>); their cleaned Text is tokenized.</param>
    /// <param name="tokenizer">How to tokenize (default <see cref="TokenizerOptions.Default"/>).</param>
    /// <param name="options">Parallelism and chunk size.</param>
    /// <exception cref="ArgumentException">An option is not valid (the message names it).</exception>
    public static DocumentFeatureMatrix From(IEnumerable<Document> documents, TokenizerOptions? tokenizer = null, DfmBuildOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var t = (tokenizer ?? TokenizerOptions.Default).Validate();
        options ??= new DfmBuildOptions();
        options.Validate();
        if (options.MaxDegreeOfParallelism > 1)
        {
            // Each counter keeps its decisions from chunk to chunk; a chunk takes one no running chunk holds.
            var idle = new System.Collections.Concurrent.ConcurrentBag<TextChunkCounter>();
            return ParallelCounting.Count(documents, options.MaxDegreeOfParallelism, options.ChunkCharacters, d =>
            {
                ArgumentNullException.ThrowIfNull(d, "documents[]");
                return Math.Max(1, d.Text?.Length ?? 0);
            }, chunk =>
            {
                if (!idle.TryTake(out var counter)) counter = new TextChunkCounter(t);
                try { return counter.Count(chunk); }
                finally { idle.Add(counter); }
            });
        }
        var builder = new DfmBuilder();
        foreach (var document in documents)
        {
            ArgumentNullException.ThrowIfNull(document, "documents[]");
            builder.Add(document, t);
        }
        return builder.ToMatrix();
    }

    /// <summary>
    /// Counts the features of documents read one at a time (they need not all be in memory);
    /// see <see cref="DfmBuilder"/> and <see cref="DfmBuildOptions.MaxDegreeOfParallelism"/>.
    /// </summary>
    public static DocumentFeatureMatrix Build(IEnumerable<TokenizedDocument> documents, DfmBuildOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return Build(documents.Select(d => (d.Info, TokenTexts(d.Tokens))), options);
    }

    /// <summary>
    /// Counts raw feature sequences, one per document, read one at a time. With
    /// <see cref="DfmBuildOptions.MaxDegreeOfParallelism"/> above 1 each document's
    /// <c>Features</c> sequence is enumerated on a worker thread, so a lazy sequence (for example
    /// one that reads and tokenizes a file) runs in parallel; such sequences must not share mutable state.
    /// The result is identical to the serial one.
    /// </summary>
    public static DocumentFeatureMatrix Build(IEnumerable<(DocumentInfo Info, IEnumerable<string> Features)> documents,
        DfmBuildOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        options ??= new DfmBuildOptions();
        options.Validate();
        if (options.MaxDegreeOfParallelism > 1)
        {
            return ParallelCounting.Count(documents, options.MaxDegreeOfParallelism, options.ChunkSize, d =>
            {
                ArgumentNullException.ThrowIfNull(d.Info, "documents[].Info");
                ArgumentNullException.ThrowIfNull(d.Features, "documents[].Features");
                return 1;
            }, SequenceChunkCounter.Count);
        }
        var builder = new DfmBuilder();
        foreach (var (info, features) in documents)
            builder.Add(info, features);
        return builder.ToMatrix();
    }

    private static IEnumerable<string> TokenTexts(IReadOnlyList<Token> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
            yield return tokens[i].Text;
    }

    private static (int[], int[], double[]) DropZeros(int[] rowPtr, int[] colIdx, double[] values)
    {
        var newPtr = new int[rowPtr.Length];
        var cols = new List<int>(colIdx.Length);
        var vals = new List<double>(values.Length);
        for (var i = 0; i + 1 < rowPtr.Length; i++)
        {
            for (var k = rowPtr[i]; k < rowPtr[i + 1]; k++)
            {
                if (values[k] == 0) continue;
                cols.Add(colIdx[k]);
                vals.Add(values[k]);
            }
            newPtr[i + 1] = cols.Count;
        }
        return (newPtr, cols.ToArray(), vals.ToArray());
    }

    /// <summary>Number of documents (rows).</summary>
    public int NDocuments => _documents.Length;

    /// <summary>Number of features (columns).</summary>
    public int NFeatures => _features.Length;

    /// <summary>Number of stored (non-zero) values.</summary>
    public int NonZeroCount => _values.Length;

    /// <summary>The weighting the values carry; <see cref="WeightScheme.Counts"/> until <see cref="Weight"/> is applied.</summary>
    public WeightScheme Scheme { get; }

    /// <summary>True while the values are raw counts (no weighting applied).</summary>
    public bool IsCounts => Scheme.Kind == WeightKind.Counts;

    /// <summary>Feature names, in column order.</summary>
    public IReadOnlyList<string> Features => _features;

    /// <summary>The documents' metadata, in row order.</summary>
    public IReadOnlyList<DocumentInfo> Documents => _documents;

    /// <summary>The value at row <paramref name="document"/>, column <paramref name="feature"/> (0 when not stored).</summary>
    public double this[int document, int feature]
    {
        get
        {
            if ((uint)document >= (uint)NDocuments)
                throw new ArgumentOutOfRangeException(nameof(document), document, $"The matrix has {NDocuments} documents.");
            if ((uint)feature >= (uint)NFeatures)
                throw new ArgumentOutOfRangeException(nameof(feature), feature, $"The matrix has {NFeatures} features.");
            var k = Array.BinarySearch(_colIdx, _rowPtr[document], _rowPtr[document + 1] - _rowPtr[document], feature);
            return k >= 0 ? _values[k] : 0;
        }
    }

    /// <summary>The value of <paramref name="feature"/> in row <paramref name="document"/> (0 when the feature is not in the matrix).</summary>
    public double this[int document, string feature] =>
        IndexOf(feature) is var j and >= 0 ? this[document, j] : 0;

    /// <summary>The column of <paramref name="feature"/>, or -1 when it is not a feature of this matrix.</summary>
    public int IndexOf(string feature)
    {
        ArgumentNullException.ThrowIfNull(feature);
        var index = _featureIndex;
        if (index is null)
        {
            index = new Dictionary<string, int>(_features.Length, StringComparer.Ordinal);
            for (var j = 0; j < _features.Length; j++) index[_features[j]] = j;
            _featureIndex = index;
        }
        return index.TryGetValue(feature, out var i) ? i : -1;
    }

    /// <summary>The stored (non-zero) cells of row <paramref name="document"/>, in column order.</summary>
    public IEnumerable<DfmCell> Row(int document)
    {
        if ((uint)document >= (uint)NDocuments)
            throw new ArgumentOutOfRangeException(nameof(document), document, $"The matrix has {NDocuments} documents.");
        return RowIterator(document);
    }

    private IEnumerable<DfmCell> RowIterator(int document)
    {
        for (var k = _rowPtr[document]; k < _rowPtr[document + 1]; k++)
            yield return new DfmCell(_colIdx[k], _values[k]);
    }

    /// <summary>Row sums: each document's total (its token count for a count matrix).</summary>
    public IReadOnlyList<double> DocumentTotals
    {
        get
        {
            var sums = new double[NDocuments];
            for (var i = 0; i < NDocuments; i++)
                for (var k = _rowPtr[i]; k < _rowPtr[i + 1]; k++)
                    sums[i] += _values[k];
            return sums;
        }
    }

    /// <summary>Column sums: each feature's total over all documents.</summary>
    public IReadOnlyList<double> FeatureCounts
    {
        get
        {
            if (_featureCounts is null)
            {
                var sums = new double[NFeatures];
                for (var k = 0; k < _values.Length; k++) sums[_colIdx[k]] += _values[k];
                _featureCounts = sums;
            }
            return _featureCounts;
        }
    }

    /// <summary>Document frequency: for each feature, the number of documents with a non-zero value.</summary>
    public IReadOnlyList<int> DocumentFrequency
    {
        get
        {
            if (_docFreq is null)
            {
                var df = new int[NFeatures];
                for (var k = 0; k < _colIdx.Length; k++) df[_colIdx[k]]++;
                _docFreq = df;
            }
            return _docFreq;
        }
    }

    internal ReadOnlySpan<int> RowPtr => _rowPtr;
    internal ReadOnlySpan<int> ColumnIndices => _colIdx;
    internal ReadOnlySpan<double> Values => _values;

    /// <inheritdoc />
    public override string ToString() =>
        $"DocumentFeatureMatrix: {NDocuments} documents x {NFeatures} features, {NonZeroCount} non-zero ({Scheme})";
}
