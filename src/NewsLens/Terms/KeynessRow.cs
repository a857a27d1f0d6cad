namespace NewsLens.Terms;

/// <summary>
/// The keyness of one feature in the target documents against the reference documents. Chi2, G2
/// and EffectSize are signed: negative when the feature is rarer in the target than expected
/// (sign of observed minus expected target count).
/// </summary>
/// <param name="Feature">The feature.</param>
/// <param name="Chi2">Signed Pearson chi-square of the 2x2 table (Yates-corrected when chosen).</param>
/// <param name="G2">Signed likelihood-ratio statistic 2 sum O ln(O/E) (Dunning 1993).</param>
/// <param name="Pmi">ln(a N / ((a + b)(a + c))): pointwise mutual information of feature and target (natural log; -Infinity when a = 0).</param>
/// <param name="P">Upper-tail p-value (chi-square, 1 df) of the measure chosen (Chi2 or G2; G2's for PMI, which has no distribution of its own).</param>
/// <param name="EffectSize">Log ratio (Hardie 2014): log2 of the feature's relative frequency in the target over that in the reference, a zero count replaced by 0.5.</param>
/// <param name="NTarget">The feature's count in the target documents (a).</param>
/// <param name="NReference">The feature's count in the reference documents (c).</param>
public sealed record KeynessRow(string Feature, double Chi2, double G2, double Pmi, double P, double EffectSize, int NTarget, int NReference);
