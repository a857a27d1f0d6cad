namespace NewsLens.Terms;

public sealed partial class DocumentFeatureMatrix
{
    /// <summary>
    /// Keeps the features whose total count and document frequency lie within the bounds
    /// (quanteda's <c>dfm_trim</c>); documents are kept even when they end up empty.
    /// </summary>
    public DocumentFeatureMatrix Trim(int? minCount = null, int? maxCount = null, int? minDocFreq = null, int? maxDocFreq = null) =>
        Trim(new TrimOptions(minCount, maxCount, minDocFreq, maxDocFreq));

    /// <summary>Keeps the features within the bounds of <paramref name="options"/>, validated first.</summary>
    /// <exception cref="ArgumentException">When an option is invalid.</exception>
    /// <exception cref="InvalidOperationException">When the matrix is weighted (trim counts, then weight).</exception>
    public DocumentFeatureMatrix Trim(TrimOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        RequireCounts(nameof(Trim));
        var scale = options.DocFreqUnit == DocFreqUnit.Proportion ? NDocuments : 1.0;
        var counts = FeatureCounts;
        var df = DocumentFrequency;
        var keep = new List<int>();
        for (var j = 0; j < NFeatures; j++)
        {
            if (counts[j] < options.MinCount || counts[j] > options.MaxCount) continue;
            // df / scale compared with the bound: proportions are df / N.
            var d = df[j] / scale;
            if (d < options.MinDocFreq || d > options.MaxDocFreq) continue;
            keep.Add(j);
        }
        return SelectColumns(keep);
    }

    /// <summary>
    /// Keeps only <paramref name="features"/> (exact, case-sensitive unless <paramref name="ignoreCase"/>),
    /// in this matrix's column order; names that are not features are ignored.
    /// </summary>
    public DocumentFeatureMatrix Select(IEnumerable<string> features, bool ignoreCase = false) =>
        SelectColumns(MatchColumns(features, ignoreCase, keepMatches: true));

    /// <summary>Drops <paramref name="features"/> (exact, case-sensitive unless <paramref name="ignoreCase"/>).</summary>
    public DocumentFeatureMatrix Remove(IEnumerable<string> features, bool ignoreCase = false) =>
        SelectColumns(MatchColumns(features, ignoreCase, keepMatches: false));

    /// <summary>
    /// The <paramref name="n"/> features with the largest totals (column sums), most frequent first;
    /// ties keep column order. Fewer when the matrix has fewer features.
    /// </summary>
    public DocumentFeatureMatrix TopFeatures(int n)
    {
        if (n < 1) throw new ArgumentOutOfRangeException(nameof(n), n, "n must be 1 or more.");
        var counts = FeatureCounts;
        var order = Enumerable.Range(0, NFeatures).OrderByDescending(j => counts[j]).ThenBy(j => j).Take(n).ToList();
        return SelectColumns(order);
    }

    private List<int> MatchColumns(IEnumerable<string> features, bool ignoreCase, bool keepMatches)
    {
        ArgumentNullException.ThrowIfNull(features);
        var set = new HashSet<string>(features, ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        var columns = new List<int>();
        for (var j = 0; j < NFeatures; j++)
            if (set.Contains(_features[j]) == keepMatches) columns.Add(j);
        return columns;
    }

    /// <summary>A matrix with the given columns, in the given order.</summary>
    private DocumentFeatureMatrix SelectColumns(IReadOnlyList<int> columns)
    {
        var map = new int[NFeatures];
        Array.Fill(map, -1);
        for (var j = 0; j < columns.Count; j++) map[columns[j]] = j;
        var features = columns.Select(j => _features[j]).ToArray();
        var rowPtr = new int[NDocuments + 1];
        var cols = new List<int>();
        var vals = new List<double>();
        var sorted = columns.Zip(columns.Skip(1)).All(p => p.First < p.Second);
        for (var i = 0; i < NDocuments; i++)
        {
            var start = cols.Count;
            for (var k = _rowPtr[i]; k < _rowPtr[i + 1]; k++)
            {
                var j = map[_colIdx[k]];
                if (j < 0) continue;
                cols.Add(j);
                vals.Add(_values[k]);
            }
            if (!sorted)
            {
                var keys = cols.GetRange(start, cols.Count - start).ToArray();
                var items = vals.GetRange(start, vals.Count - start).ToArray();
                Array.Sort(keys, items);
                for (var m = 0; m < keys.Length; m++)
                {
                    cols[start + m] = keys[m];
                    vals[start + m] = items[m];
                }
            }
            rowPtr[i + 1] = cols.Count;
        }
        return Trusted(_documents, features, rowPtr, cols.ToArray(), vals.ToArray(), Scheme);
    }
}
