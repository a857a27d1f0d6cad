namespace NewsLens.Actors;

/// <summary>One actor over a set of documents.</summary>
/// <param name="Actor">Canonical name.</param>
/// <param name="Kind">Person, country or organisation.</param>
/// <param name="Affiliation">The actor's country (or organisation), if known.</param>
/// <param name="Mentions">Number of mentions.</param>
/// <param name="Documents">Number of documents with at least one mention.</param>
/// <param name="FormsSeen">Distinct surface forms, most frequent first.</param>
public sealed record ActorSummary(string Actor, ActorKind Kind, string? Affiliation, int Mentions, int Documents,
    IReadOnlyList<string> FormsSeen);
