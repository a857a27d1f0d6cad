using NewsLens.Stance;

namespace NewsLens.Actors;

/// <summary>
/// Maps a speaker name found by <see cref="QuoteAttribution"/> ("Pence", "Mr Mikheev", "Mevlut Cavusoglu") to a
/// recognised actor: first a mention of the same document written exactly so, then, for a description ("One NATO
/// insider", "The Trump administration", <see cref="SpeakerDescriptions.ActorIn"/>), the actor named inside it, then a
/// mention (people first) whose surface or canonical name ends with the speaker's surname, then the actor dictionary.
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
        if (SpeakerDescriptions.ActorIn(speaker) is { } inside) return DescribedActor(speaker, inside, documentMentions, dictionary);
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

    /// <summary>
    /// The actor a description speaks for: the actor of a mention written as the name inside it ("NATO" in "One NATO
    /// insider"), else the dictionary's actor of that name, else the longest mention whose words stand in the description
    /// ("Russian" in "Russian Foreign Ministry officials"). A description never resolves to a person: "The Trump
    /// administration" speaks for the person's country (United States); null when that is unknown.
    /// </summary>
    private static string? DescribedActor(string speaker, string inside, IReadOnlyList<ActorMention> documentMentions, ActorDictionary? dictionary)
    {
        (string Actor, ActorKind Kind, string? Affiliation)? found = null;
        foreach (var m in documentMentions)
            if (string.Equals(m.Surface, inside, StringComparison.OrdinalIgnoreCase)) { found = (m.Actor, m.Kind, m.Affiliation); break; }
        if (found is null && dictionary?.Find(inside) is { } entry) found = (entry.CanonicalName, entry.Kind, entry.Affiliation);
        if (found is null)
        {
            ActorMention? longest = null;
            foreach (var m in documentMentions)
                if (ContainsWords(speaker, m.Surface) && (longest is null || m.Surface.Length > longest.Surface.Length)) longest = m;
            if (longest is not null) found = (longest.Actor, longest.Kind, longest.Affiliation);
        }
        if (found is not { } f) return null;
        return f.Kind == ActorKind.Person ? f.Affiliation : f.Actor;
    }

    // "Russian" stands in "A Russian Foreign Ministry official" as whole words
    private static bool ContainsWords(string phrase, string words)
    {
        for (int i = phrase.IndexOf(words, StringComparison.OrdinalIgnoreCase); i >= 0; i = phrase.IndexOf(words, i + 1, StringComparison.OrdinalIgnoreCase))
        {
            int after = i + words.Length;
            if ((i == 0 || !char.IsLetter(phrase[i - 1])) && (after == phrase.Length || !char.IsLetter(phrase[after]))) return true;
        }
        return false;
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
