using NewsLens.Actors;

namespace NewsLens.Stance;

/// <summary>Ready-made <see cref="ActorResolver"/>s that map quoted speakers to recognised actors.</summary>
public static class ActorResolvers
{
    /// <summary>
    /// Resolves a speaker's name to the canonical name of an actor found by <see cref="ActorRecognizer"/>
    /// in the same corpus: an exact match of a form seen ("Mr Erdogan", "Turkey’s foreign minister"),
    /// else, for a description ("One NATO insider", "The Trump administration", <see cref="SpeakerDescriptions.ActorIn"/>),
    /// the actor of the name inside it (a person's country: a description never stands for the person), else a unique
    /// person whose canonical name ends with the speaker's last word ("Cavusoglu").
    /// Unresolved names return null (the analyzer then keeps the surname).
    /// </summary>
    public static ActorResolver FromAnalysis(ActorAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var byForm = new Dictionary<string, ActorSummary>(StringComparer.OrdinalIgnoreCase);
        foreach (var actor in analysis.Actors)
            foreach (var form in actor.FormsSeen.Append(actor.Actor))
                byForm.TryAdd(form, actor);
        var people = analysis.Actors.Where(a => a.Kind == ActorKind.Person).ToList();
        return name =>
        {
            if (string.IsNullOrWhiteSpace(name)) return null;
            var trimmed = name.Trim();
            if (byForm.TryGetValue(trimmed, out var exact)) return exact.Actor;
            if (SpeakerDescriptions.ActorIn(trimmed) is { } inside)
                return byForm.TryGetValue(inside, out var described) ? (described.Kind == ActorKind.Person ? described.Affiliation : described.Actor) : null;
            var last = trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
            var matches = people.Where(p => p.Actor.EndsWith(" " + last, StringComparison.OrdinalIgnoreCase)
                                            || p.Actor.Equals(last, StringComparison.OrdinalIgnoreCase)).ToList();
            return matches.Count == 1 ? matches[0].Actor : null;
        };
    }
}
