namespace NewsLens.Terms;

/// <summary>The association measure keyness is ranked by (and whose p-value is reported).</summary>
public enum KeynessMeasure
{
    /// <summary>Pearson's chi-square of the 2x2 table (with Yates' correction when <see cref="KeynessOptions.Yates"/>).</summary>
    Chi2,
    /// <summary>The likelihood-ratio statistic G2 (Dunning 1993).</summary>
    LogLikelihood,
    /// <summary>Pointwise mutual information of the feature and the target.</summary>
    Pmi,
}

/// <summary>Options of <see cref="Keyness.Compute(DocumentFeatureMatrix, Func{NewsLens.Corpora.DocumentInfo, bool}, KeynessOptions?)"/>.</summary>
/// <param name="Measure">Which measure sorts the rows and gives <see cref="KeynessRow.P"/>.</param>
/// <param name="Yates">
/// Apply Yates' continuity correction to Chi2 (quanteda's default for chi2, scipy's and R's
/// <c>correction=TRUE</c>): every observed cell moves towards its expected value by
/// min(0.5, |O - E|), exactly as R's chisq.test and scipy.stats.chi2_contingency do, so a table
/// closer to independence than 0.5 per cell gets Chi2 = 0. It is applied whenever chosen; G2 and
/// PMI are never corrected.
/// </param>
/// <param name="Sort">Sort rows by the measure, largest (most target-typical) first; otherwise keep feature order.</param>
public sealed record KeynessOptions(KeynessMeasure Measure = KeynessMeasure.Chi2, bool Yates = true, bool Sort = true)
{
    /// <summary>Throws <see cref="ArgumentException"/> when <see cref="Measure"/> is not a valid choice.</summary>
    public void Validate()
    {
        if (!Enum.IsDefined(Measure))
            throw new ArgumentException(
                $"Measure {(int)Measure} is not valid; valid: {string.Join(", ", Enum.GetNames<KeynessMeasure>())}.", nameof(Measure));
    }
}
