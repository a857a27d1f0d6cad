namespace NewsLens.Terms;

/// <summary>Feature frequencies, overall or per group (quanteda's <c>textstat_frequency</c>).</summary>
public static class Frequency
{
    /// <summary>
    /// Features by descending frequency (ties in column order), with min-ranks and document
    /// frequencies. With <paramref name="groupBy"/> (a field as for
    /// <see cref="DocumentFeatureMatrix.Group"/>) the table is computed per group, groups in key
    /// order, each listing only the features that occur in it; <paramref name="top"/> then applies per group.
    /// </summary>
    /// <param name="dfm">The matrix (counts or weights).</param>
    /// <param name="top">Keep at most this many rows (per group).</param>
    /// <param name="groupBy">Field to group documents by, or null.</param>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="top"/> is below 1.</exception>
    /// <exception cref="ArgumentException">When no document has the <paramref name="groupBy"/> field (lists the fields).</exception>
    public static FrequencyTable Compute(DocumentFeatureMatrix dfm, int? top = null, string? groupBy = null)
    {
        ArgumentNullException.ThrowIfNull(dfm);
        if (top < 1) throw new ArgumentOutOfRangeException(nameof(top), top, "top must be 1 or more.");
        if (groupBy is null)
            return new FrequencyTable(Table(dfm, Enumerable.Range(0, dfm.NDocuments), top, null, includeZeros: true));

        var rows = new List<FrequencyRow>();
        foreach (var (key, members) in dfm.GroupRows(groupBy, nameof(groupBy)))
            rows.AddRange(Table(dfm, members, top, key, includeZeros: false));
        return new FrequencyTable(rows);
    }

    private static List<FrequencyRow> Table(DocumentFeatureMatrix dfm, IEnumerable<int> documents, int? top, string? group, bool includeZeros)
    {
        var freq = new double[dfm.NFeatures];
        var docFreq = new int[dfm.NFeatures];
        var rowPtr = dfm.RowPtr;
        var cols = dfm.ColumnIndices;
        var vals = dfm.Values;
        foreach (var i in documents)
            for (var k = rowPtr[i]; k < rowPtr[i + 1]; k++)
            {
                freq[cols[k]] += vals[k];
                docFreq[cols[k]]++;
            }
        var order = Enumerable.Range(0, dfm.NFeatures)
            .Where(j => includeZeros || docFreq[j] > 0)
            .OrderByDescending(j => freq[j]).ThenBy(j => j)
            .ToList();
        var rows = new List<FrequencyRow>(order.Count);
        var rank = 0;
        for (var m = 0; m < order.Count; m++)
        {
            if (m == 0 || freq[order[m]] != freq[order[m - 1]]) rank = m + 1;
            if (top is { } t && m >= t) break;
            var j = order[m];
            rows.Add(new FrequencyRow(dfm.Features[j], freq[j], rank, docFreq[j], group));
        }
        return rows;
    }
}
