namespace NewsLens.Terms;

public sealed partial class DocumentFeatureMatrix
{
    /// <summary>
    /// A new matrix with <paramref name="scheme"/> applied to the counts. Weighting applies to a
    /// count matrix only; <see cref="WeightScheme.Counts"/> returns the same values.
    /// </summary>
    /// <exception cref="InvalidOperationException">When this matrix is already weighted.</exception>
    public DocumentFeatureMatrix Weight(WeightScheme scheme)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        if (scheme.Kind == WeightKind.Counts) return this;
        RequireCounts(nameof(Weight));
        var values = (double[])_values.Clone();
        switch (scheme.Kind)
        {
            case WeightKind.Proportions:
                NormaliseRows(values, VectorNorm.L1);
                break;
            case WeightKind.QuantedaTfIdf:
            {
                var df = DocumentFrequency;
                for (var k = 0; k < values.Length; k++)
                    values[k] *= Math.Log10((double)NDocuments / df[_colIdx[k]]);
                break;
            }
            case WeightKind.TfIdf:
            {
                var o = scheme.TfIdfOptions!;
                var df = DocumentFrequency;
                var n = (double)NDocuments;
                var idf = new double[NFeatures];
                for (var j = 0; j < idf.Length; j++)
                    idf[j] = o.Smooth ? Math.Log((1 + n) / (1 + df[j])) + 1 : Math.Log(n / df[j]) + 1;
                for (var k = 0; k < values.Length; k++)
                {
                    var tf = o.SublinearTf ? 1 + Math.Log(values[k]) : values[k];
                    values[k] = tf * idf[_colIdx[k]];
                }
                NormaliseRows(values, o.Norm);
                break;
            }
            default:
                throw new ArgumentException($"Unknown weighting {scheme.Kind}; valid: {string.Join(", ", Enum.GetNames<WeightKind>())}.", nameof(scheme));
        }
        // A feature in every document weighs 0 under QuantedaTfIdf; such explicit zeros are not stored.
        if (Array.IndexOf(values, 0.0) >= 0)
        {
            var (ptr, cols, vals) = DropZeros(_rowPtr, _colIdx, values);
            return Trusted(_documents, _features, ptr, cols, vals, scheme);
        }
        return Trusted(_documents, _features, _rowPtr, _colIdx, values, scheme);
    }

    private void NormaliseRows(double[] values, VectorNorm norm)
    {
        if (norm == VectorNorm.None) return;
        for (var i = 0; i < NDocuments; i++)
        {
            double length = 0;
            for (var k = _rowPtr[i]; k < _rowPtr[i + 1]; k++)
                length += norm == VectorNorm.L2 ? values[k] * values[k] : Math.Abs(values[k]);
            if (norm == VectorNorm.L2) length = Math.Sqrt(length);
            if (length == 0) continue;
            for (var k = _rowPtr[i]; k < _rowPtr[i + 1]; k++) values[k] /= length;
        }
    }

    private void RequireCounts(string verb)
    {
        if (!IsCounts)
            throw new InvalidOperationException(
                $"{verb} needs a count matrix, but this one is weighted ({Scheme}); apply {verb} before Weight.");
    }
}
