using NewsLens.Stance;

namespace NewsLens.Actors;

/// <summary>
/// Maps a speaker name found by <see cref="QuoteAttribution"/> ("Pence", "Mr Mikheev", "Mevlut Cavusoglu") to a
/// recognised actor: first a mention of the same document written exactly so, then a mention (people first)
/// whose surface or canonical name ends with the speaker's surname, then the actor dictionary.
/// </summary>
public static class QuotesSpeakerResolver
{
    /// <summary>The canonical name of the actor <paramref name="speaker"/> refers to, or null.</summary>
    /// <param name="speaker">The attributed speaker as found in the text.</param>
    /// <param name="documentMentions">The actor mentions of the same document.</param>
    /// <param name="dictionary">Dictionary consulted when no mention matches (optional).</param>
    public static string? Resolve(string speaker, IReadOnlyList<ActorMention> documentMentions, ActorDictionary? dictionary = null)
    {
        ArgumentNullException.ThrowIfNull(speaker);
        ArgumentNullException.ThrowIfNull(documentMentions);
        foreach (var m in documentMentions)
            if (string.Equals(m.Surface, speaker, StringComparison.OrdinalIgnoreCase)) return m.Actor;
        var key = SpeakerNames.DefaultActorKey(speaker);
        ActorMention? best = null;
        foreach (var m in documentMentions)
        {
            if (!EndsWithWord(m.Surface, key) && !EndsWithWord(m.Actor, key)) continue;
            if (best is null || (best.Kind != ActorKind.Person && m.Kind == ActorKind.Person)) best = m;
        }
        if (best is not null) return best.Actor;
        return dictionary?.Find(speaker)?.CanonicalName;
    }

    private static bool EndsWithWord(string name, string word)
    {
        foreach (var suffix in new[] { "’s", "'s" })
            if (name.EndsWith(suffix, StringComparison.Ordinal)) name = name[..^suffix.Length];
        if (!name.EndsWith(word, StringComparison.OrdinalIgnoreCase)) return false;
        int before = name.Length - word.Length - 1;
        return before < 0 || !char.IsLetter(name[before]);
    }
}
