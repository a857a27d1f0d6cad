namespace NewsLens.Stance;

/// <summary>The actor keys of a sentence's speakers, one per joined speaker, for <see cref="StanceAnalyzer"/>.</summary>
internal static class SpeakerActors
{
    /// <summary>
    /// Each speaker's actor key (<paramref name="resolver"/>'s result, else <see cref="SpeakerNames.DefaultActorKey"/>),
    /// without repeats, in the order written: "Eliot Engel", "Michael McCaul" → Engel, McCaul.
    /// </summary>
    public static IReadOnlyList<string> Keys(IReadOnlyList<string> speakers, ActorResolver? resolver)
    {
        var keys = new List<string>(speakers.Count);
        foreach (var speaker in speakers)
        {
            var key = resolver?.Invoke(speaker) ?? SpeakerNames.DefaultActorKey(speaker);
            if (!keys.Contains(key, StringComparer.Ordinal)) keys.Add(key);
        }
        return keys;
    }

    /// <summary>The keys as one phrase ("Engel", "Engel and McCaul", "Russia, Turkey and Iran"); null when there are none.</summary>
    public static string? Phrase(IReadOnlyList<string> keys) => keys.Count == 0 ? null : SpeakerNames.Joined(keys);
}
