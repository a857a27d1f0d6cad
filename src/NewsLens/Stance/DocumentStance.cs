namespace NewsLens.Stance;

/// <summary>An article's framing of the target (see <see cref="StanceAnalyzer"/> for the weighting).</summary>
/// <param name="DocumentId">The article.</param>
/// <param name="Label">Favor, Against or Neutral (also Neutral when no sentence concerns the target).</param>
/// <param name="Confidence">|Score|, in [0, 1].</param>
/// <param name="Score">Weighted mean lean of the sentences about the target (favor positive).</param>
/// <param name="Sentences">Number of sentences about the target.</param>
/// <param name="Evidence">The sentences that weigh most (the outlet's own first), up to five.</param>
public sealed record DocumentStance(string DocumentId, StanceLabel Label, double Confidence, double Score, int Sentences, IReadOnlyList<string> Evidence);
