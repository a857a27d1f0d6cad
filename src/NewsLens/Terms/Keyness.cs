using NewsLens.Corpora;

namespace NewsLens.Terms;

/// <summary>
/// Keyness (quanteda's <c>textstat_keyness</c>): which features are typical of the target
/// documents compared with the reference documents (all the others).
/// </summary>
/// <remarks>
/// For each feature the 2x2 table is [[a, b], [c, d]]: a = the feature's count in the target,
/// b = all other tokens in the target, c = the feature's count in the reference, d = all other
/// tokens in the reference; N = a + b + c + d and the expected counts are E_ij = row_i x col_j / N.
/// Chi2 = sum (O - E)^2 / E (Pearson), optionally with Yates' correction (see
/// <see cref="KeynessOptions.Yates"/>); G2 = 2 sum O ln(O / E), with 0 ln 0 = 0 (Dunning 1993,
/// "Accurate methods for the statistics of surprise and coincidence", Computational Linguistics
/// 19(1)); p-values from the chi-square distribution with 1 degree of freedom. Features with a
/// zero total (possible after <see cref="DocumentFeatureMatrix.Select"/>) are left out.
/// </remarks>
public static class Keyness
{
    /// <summary>Keyness of every feature in the documents where <paramref name="isTarget"/> holds, against all others.</summary>
    /// <exception cref="ArgumentException">When no document is a target, every document is, or either side has no tokens.</exception>
    /// <exception cref="InvalidOperationException">When the matrix is weighted (keyness needs counts).</exception>
    public static KeynessTable Compute(DocumentFeatureMatrix dfm, Func<DocumentInfo, bool> isTarget, KeynessOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(dfm);
        ArgumentNullException.ThrowIfNull(isTarget);
        options ??= new KeynessOptions();
        options.Validate();
        if (!dfm.IsCounts)
            throw new InvalidOperationException($"Keyness needs a count matrix, but this one is weighted ({dfm.Scheme}).");

        var target = dfm.Documents.Select(isTarget).ToArray();
        var nTargetDocs = target.Count(t => t);
        if (nTargetDocs == 0)
            throw new ArgumentException($"No document matches the target (0 of {dfm.NDocuments} documents).", nameof(isTarget));
        if (nTargetDocs == dfm.NDocuments)
            throw new ArgumentException($"The reference is empty: all {dfm.NDocuments} documents match the target.", nameof(isTarget));

        var inTarget = new double[dfm.NFeatures];
        var inReference = new double[dfm.NFeatures];
        var rowPtr = dfm.RowPtr;
        var cols = dfm.ColumnIndices;
        var vals = dfm.Values;
        for (var i = 0; i < dfm.NDocuments; i++)
        {
            var sums = target[i] ? inTarget : inReference;
            for (var k = rowPtr[i]; k < rowPtr[i + 1]; k++) sums[cols[k]] += vals[k];
        }
        var totalTarget = inTarget.Sum();
        var totalReference = inReference.Sum();
        if (totalTarget == 0)
            throw new ArgumentException($"The {nTargetDocs} target documents have no tokens.", nameof(isTarget));
        if (totalReference == 0)
            throw new ArgumentException($"The {dfm.NDocuments - nTargetDocs} reference documents have no tokens.", nameof(isTarget));

        var rows = new List<KeynessRow>(dfm.NFeatures);
        for (var j = 0; j < dfm.NFeatures; j++)
        {
            double a = inTarget[j], c = inReference[j];
            if (a + c == 0) continue;
            rows.Add(Score(dfm.Features[j], a, totalTarget - a, c, totalReference - c, options));
        }
        if (options.Sort)
        {
            Func<KeynessRow, double> key = options.Measure switch
            {
                KeynessMeasure.LogLikelihood => r => r.G2,
                KeynessMeasure.Pmi => r => r.Pmi,
                _ => r => r.Chi2,
            };
            rows = rows.OrderByDescending(key).ToList(); // stable: ties keep feature order
        }
        return new KeynessTable(rows, options.Measure);
    }

    /// <summary>
    /// Keyness of the documents whose <paramref name="field"/> equals <paramref name="value"/>
    /// (ordinal, case-insensitive) against all others, e.g. ("outlet", "Express") or ("year", "2019").
    /// </summary>
    /// <exception cref="ArgumentException">When no document has the field (lists the fields), or none has the value (lists the values found).</exception>
    public static KeynessTable Compute(DocumentFeatureMatrix dfm, string field, string value, KeynessOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(dfm);
        ArgumentException.ThrowIfNullOrWhiteSpace(field);
        ArgumentNullException.ThrowIfNull(value);
        var values = dfm.FieldValues(field, nameof(field));
        if (!values.Any(v => string.Equals(v, value, StringComparison.OrdinalIgnoreCase)))
        {
            var found = values.Where(v => v is not null).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            var shown = string.Join(", ", found.Take(20)) + (found.Count > 20 ? $", ... ({found.Count} in all)" : "");
            throw new ArgumentException($"No document has {field} = '{value}'. Values of {field}: {shown}.", nameof(value));
        }
        return Compute(dfm, d => string.Equals(d.GetField(field), value, StringComparison.OrdinalIgnoreCase), options);
    }

    /// <summary>Scores one 2x2 table [[a, b], [c, d]] (target row first, feature column first).</summary>
    internal static KeynessRow Score(string feature, double a, double b, double c, double d, KeynessOptions options)
    {
        var n = a + b + c + d;
        double[] observed = [a, b, c, d];
        double[] expected =
        [
            (a + b) * (a + c) / n, (a + b) * (b + d) / n,
            (c + d) * (a + c) / n, (c + d) * (b + d) / n,
        ];
        var sign = a >= expected[0] ? 1.0 : -1.0;
        double chi2 = 0, g2 = 0;
        if (expected.All(e => e > 0))
        {
            for (var k = 0; k < 4; k++)
            {
                var o = observed[k];
                if (options.Yates)
                {
                    // R chisq.test / scipy chi2_contingency: move O towards E by at most 0.5.
                    var diff = expected[k] - o;
                    o += Math.Sign(diff) * Math.Min(0.5, Math.Abs(diff));
                }
                chi2 += (o - expected[k]) * (o - expected[k]) / expected[k];
                if (observed[k] > 0) g2 += observed[k] * Math.Log(observed[k] / expected[k]);
            }
            g2 *= 2;
        }
        var pmi = Math.Log(a * n / ((a + b) * (a + c)));
        var totalTarget = a + b;
        var totalReference = c + d;
        var effect = Math.Log2(((a == 0 ? 0.5 : a) / totalTarget) / ((c == 0 ? 0.5 : c) / totalReference));
        var p = ChiSquared.UpperTail1(options.Measure == KeynessMeasure.Chi2 ? chi2 : Math.Abs(g2));
        return new KeynessRow(feature, sign * chi2, sign * Math.Abs(g2), pmi, p, effect, (int)a, (int)c);
    }
}
