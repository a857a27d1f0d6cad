using NewsLens.Corpora;

namespace NewsLens.Terms;

public sealed partial class DocumentFeatureMatrix
{
    /// <summary>
    /// Sums the rows of documents sharing a value of <paramref name="field"/> (quanteda's
    /// <c>dfm_group</c>): a built-in field (outlet, year, quarter, month, week, day, ...) or any
    /// metadata key. Groups are ordered by key (ordinal), so periods come out in time order.
    /// Documents without a value for the field are left out, as quanteda drops NA groups.
    /// Each group's <see cref="DocumentInfo"/> has Id = the group key, the outlet and date when all
    /// its documents share them, the metadata entries all its documents share, the field itself, and
    /// "n_documents" (how many documents were summed).
    /// </summary>
    /// <exception cref="ArgumentException">When no document has the field; the message lists the fields the documents have.</exception>
    /// <exception cref="InvalidOperationException">When the matrix is weighted (group counts, then weight).</exception>
    public DocumentFeatureMatrix Group(string field)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(field);
        RequireCounts(nameof(Group));
        var groups = GroupRows(field, nameof(field));
        var infos = new DocumentInfo[groups.Count];
        var rowPtr = new int[groups.Count + 1];
        var cols = new List<int>();
        var vals = new List<double>();
        var sums = new double[NFeatures];
        var touched = new List<int>();
        for (var g = 0; g < groups.Count; g++)
        {
            var (key, rows) = groups[g];
            foreach (var i in rows)
                for (var k = _rowPtr[i]; k < _rowPtr[i + 1]; k++)
                {
                    if (sums[_colIdx[k]] == 0) touched.Add(_colIdx[k]);
                    sums[_colIdx[k]] += _values[k];
                }
            touched.Sort();
            foreach (var j in touched)
            {
                cols.Add(j);
                vals.Add(sums[j]);
                sums[j] = 0;
            }
            touched.Clear();
            rowPtr[g + 1] = cols.Count;
            infos[g] = GroupInfo(key, field, rows.Select(i => _documents[i]).ToArray());
        }
        return Trusted(infos, _features, rowPtr, cols.ToArray(), vals.ToArray(), Scheme);
    }

    /// <summary>
    /// The rows of each value of <paramref name="field"/>, values in ordinal order; documents
    /// without a value are left out.
    /// </summary>
    /// <exception cref="ArgumentException">When no document has the field (the message lists the fields).</exception>
    internal IReadOnlyList<(string Key, int[] Rows)> GroupRows(string field, string parameterName)
    {
        var keys = FieldValues(field, parameterName);
        return keys.Select((k, i) => (Key: k, Row: i)).Where(p => p.Key is not null)
            .GroupBy(p => p.Key!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Select(p => p.Row).ToArray()))
            .ToList();
    }

    /// <summary>Each document's value of <paramref name="field"/> (null where it has none).</summary>
    /// <exception cref="ArgumentException">When no document has the field (the message lists the fields).</exception>
    internal string?[] FieldValues(string field, string parameterName)
    {
        var values = _documents.Select(d => d.GetField(field)).ToArray();
        if (values.All(v => v is null))
            throw new ArgumentException(
                $"No document has a value for field '{field}'. Fields: {string.Join(", ", AvailableFields(_documents))}.", parameterName);
        return values;
    }

    /// <summary>The built-in fields and every metadata key found in <paramref name="documents"/>.</summary>
    private static IEnumerable<string> AvailableFields(IEnumerable<DocumentInfo> documents) =>
        DocumentInfo.BuiltInFields.Concat(documents.SelectMany(d => d.Metadata.Keys))
            .Distinct(StringComparer.OrdinalIgnoreCase);

    private static DocumentInfo GroupInfo(string key, string field, DocumentInfo[] members)
    {
        var first = members[0];
        var outlet = members.All(m => m.Outlet == first.Outlet) ? first.Outlet : null;
        var date = members.All(m => m.Date == first.Date) ? first.Date : null;
        var metadata = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in first.Metadata)
            if (members.All(m => m.Metadata.TryGetValue(name, out var other) && Equals(other, value)))
                metadata[name] = value;
        if (!DocumentInfo.BuiltInFields.Contains(field, StringComparer.OrdinalIgnoreCase))
            metadata[field] = key;
        metadata["n_documents"] = (long)members.Length;
        return new DocumentInfo(key, null, date, outlet, null, metadata);
    }
}
