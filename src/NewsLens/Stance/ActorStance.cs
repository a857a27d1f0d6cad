namespace NewsLens.Stance;

/// <summary>An actor's stance toward the target in one article, from the sentences they speak (see <see cref="StanceAnalyzer"/>).</summary>
/// <param name="DocumentId">The article.</param>
/// <param name="Actor">The actor key.</param>
/// <param name="Label">Favor, Against or Neutral.</param>
/// <param name="Confidence">|Score|, in [0, 1].</param>
/// <param name="Score">Weighted mean lean of the actor's sentences (favor positive).</param>
/// <param name="Evidence">The actor's sentences about the target, in text order.</param>
public sealed record ActorStance(string DocumentId, string Actor, StanceLabel Label, double Confidence, double Score, IReadOnlyList<string> Evidence);
