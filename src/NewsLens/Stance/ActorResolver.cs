namespace NewsLens.Stance;

/// <summary>
/// Maps a speaker's name as written ("Mevlut Cavusoglu", "Turkey’s foreign minister") to an actor key (e.g. from an
/// actor gazetteer with aliases). Return null to fall back to the default, the name's last word.
/// </summary>
public delegate string? ActorResolver(string speakerName);
