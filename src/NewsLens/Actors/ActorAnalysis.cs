namespace NewsLens.Actors;

/// <summary>The actors of a set of documents: every mention, and one summary row per actor.</summary>
/// <param name="Mentions">All mentions, in document order and then text order.</param>
/// <param name="Actors">One row per actor, sorted by mentions (descending) and then name.</param>
public sealed partial record ActorAnalysis(IReadOnlyList<ActorMention> Mentions, IReadOnlyList<ActorSummary> Actors)
{
    /// <summary>The summary row of an actor by canonical name (case-insensitive), or null.</summary>
    public ActorSummary? this[string actor] =>
        Actors.FirstOrDefault(a => string.Equals(a.Actor, actor, StringComparison.OrdinalIgnoreCase));
}
