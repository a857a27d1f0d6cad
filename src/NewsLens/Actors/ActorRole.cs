namespace NewsLens.Actors;

/// <summary>
/// A post an actor holds or held, optionally limited to a period. Titles are lower-case role names
/// ("president", "foreign minister") for roles used to resolve references such as "the Turkish president",
/// or CAMEO codes ("TURGOV", "RUSELI") for the affiliation periods taken from the Phoenix dictionaries.
/// </summary>
/// <param name="Title">Role name or CAMEO code.</param>
/// <param name="Country">Canonical name of the country the role belongs to, if any.</param>
/// <param name="From">First day the role is held, or null when unknown or open.</param>
/// <param name="To">Last day the role is held, or null while still held or unknown.</param>
public sealed record ActorRole(string Title, string? Country, DateTime? From, DateTime? To)
{
    /// <summary>True when the role is held on <paramref name="date"/> (an open end always matches).</summary>
    public bool IsValidAt(DateTime date) =>
        (From is null || From.Value.Date <= date.Date) && (To is null || To.Value.Date >= date.Date);
}
