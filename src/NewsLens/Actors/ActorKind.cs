namespace NewsLens.Actors;

/// <summary>What kind of actor a dictionary entry or mention is.</summary>
public enum ActorKind
{
    /// <summary>A named person ("Recep Tayyip Erdogan", "Mr Townsend").</summary>
    Person,
    /// <summary>A country, reached also through its capital, cities and demonyms ("Ankara", "Turkish", "the Turks").</summary>
    Country,
    /// <summary>An organisation: government body, international organisation, company, news agency, armed group.</summary>
    Organisation,
}
