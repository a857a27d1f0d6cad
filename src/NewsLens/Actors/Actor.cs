namespace NewsLens.Actors;

/// <summary>One actor of an <see cref="ActorDictionary"/>: a person, country or organisation and the names it goes by.</summary>
/// <param name="CanonicalName">The name results report ("Recep Tayyip Erdogan", "Turkey", "NATO").</param>
/// <param name="Kind">Person, country or organisation.</param>
/// <param name="Affiliation">Canonical name of the country the actor belongs to (for a country: null); for a person
/// known only through an organisation without a country, that organisation's name.</param>
/// <param name="Aliases">Other names, matched in text (the canonical name is always matched too).</param>
public sealed record Actor(string CanonicalName, ActorKind Kind, string? Affiliation, IReadOnlyList<string> Aliases)
{
    /// <summary>Posts held, with periods: titled roles used to resolve "the Turkish president", and CAMEO affiliation codes.</summary>
    public IReadOnlyList<ActorRole> Roles { get; init; } = [];

    /// <summary>
    /// Names that refer to this actor only when it was itself mentioned in the same or the previous
    /// few sentences (for example "the alliance" for NATO); see <see cref="ActorRecognizerOptions.ContextSentences"/>.
    /// </summary>
    public IReadOnlyList<string> ContextAliases { get; init; } = [];
}
