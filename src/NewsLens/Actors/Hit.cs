namespace NewsLens.Actors;

/// <summary>An actor as resolved in one document: dictionary actors, discovered people and role references alike.</summary>
internal sealed record ResolvedActor(string Name, ActorKind Kind, string? Affiliation);

/// <summary>A span of tokens [First, Last] resolved to an actor.</summary>
internal sealed class Hit(int first, int last, ResolvedActor actor)
{
    public int First { get; set; } = first;
    public int Last { get; set; } = last;
    public ResolvedActor Actor { get; set; } = actor;
}
