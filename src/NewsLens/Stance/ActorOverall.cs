namespace NewsLens.Stance;

/// <summary>An actor's stance over all articles (see <see cref="StanceAnalysis.ActorsOverall"/>).</summary>
/// <param name="Actor">The actor key.</param>
/// <param name="Documents">Number of articles in which the actor speaks about the target.</param>
/// <param name="Sentences">Number of the actor's sentences about the target.</param>
/// <param name="Label">Favor, Against or Neutral (same threshold as per article).</param>
/// <param name="Score">Mean of the per-article scores, each weighted by the actor's number of sentences there.</param>
/// <param name="Favor">Articles in which the actor is in favour.</param>
/// <param name="Against">Articles in which the actor is against.</param>
public sealed record ActorOverall(string Actor, int Documents, int Sentences, StanceLabel Label, double Score, int Favor, int Against);
