namespace NewsLens.Actors;

/// <summary>One mention of an actor in a document.</summary>
/// <param name="DocumentId">Id of the document.</param>
/// <param name="Sentence">Zero-based index of the sentence holding the mention.</param>
/// <param name="Start">Character offset of the first character in the document text.</param>
/// <param name="End">Character offset just past the last character.</param>
/// <param name="Surface">The text as written ("Mr Erdogan", "the Turkish president", "Ankara").</param>
/// <param name="Actor">Canonical name of the actor.</param>
/// <param name="Kind">Person, country or organisation.</param>
/// <param name="Affiliation">The actor's country (or organisation), if known.</param>
public sealed record ActorMention(string DocumentId, int Sentence, int Start, int End, string Surface,
    string Actor, ActorKind Kind, string? Affiliation);
