namespace NewsLens.Terms;

/// <summary>One collocation (a sequence of 2 or 3 adjacent tokens) and its association scores.</summary>
/// <param name="Collocation">The tokens joined by single spaces.</param>
/// <param name="Count">How often the sequence occurs.</param>
/// <param name="Pmi">Pointwise mutual information in bits, as NLTK's BigramAssocMeasures.pmi / TrigramAssocMeasures.pmi.</param>
/// <param name="TScore">Student's t against independence, as NLTK's student_t.</param>
/// <param name="G2">Likelihood ratio 2 sum O ln(O/E) of NLTK's contingency table, as NLTK's likelihood_ratio.</param>
/// <param name="Lambda">Log odds ratio of the n-way table over n-gram positions with 0.5 added to each cell (Blaheta &amp; Johnson 2001; quanteda's lambda).</param>
/// <param name="Z">Lambda divided by its asymptotic standard error sqrt(sum 1 / (n + 0.5)).</param>
public sealed record CollocationRow(string Collocation, int Count, double Pmi, double TScore, double G2, double Lambda, double Z);
