namespace NewsLens.Actors;

/// <summary>A trie over alias word keys; <see cref="Match"/> finds the longest alias starting at a token.</summary>
internal sealed class AliasTrie
{
    private sealed class Node
    {
        public Dictionary<string, Node>? Children;
        public List<AliasPattern>? Ends;
    }

    private readonly Node _root = new();

    public int Count { get; private set; }

    public void Add(AliasPattern pattern)
    {
        var node = _root;
        foreach (var key in pattern.Keys)
        {
            node.Children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!node.Children.TryGetValue(key, out var next))
                node.Children[key] = next = new Node();
            node = next;
        }
        node.Ends ??= [];
        if (!node.Ends.Any(e => e.ActorIndex == pattern.ActorIndex && e.Exact == pattern.Exact && e.AllCaps == pattern.AllCaps
                && e.Contextual == pattern.Contextual && e.MustCapitalise.SequenceEqual(pattern.MustCapitalise)))
        {
            node.Ends.Add(pattern);
            Count++;
        }
    }

    /// <summary>
    /// Candidate patterns starting at <paramref name="start"/> whose case rules hold, longest first and,
    /// among equal lengths, highest priority first. <paramref name="skip"/> marks tokens already taken.
    /// </summary>
    public List<AliasPattern> Match(IReadOnlyList<ScanToken> tokens, int start, Func<int, bool>? skip = null)
    {
        var found = new List<AliasPattern>();
        var node = _root;
        for (int k = start; k < tokens.Count; k++)
        {
            if (skip is not null && skip(k)) break;
            if (node.Children is null || !node.Children.TryGetValue(tokens[k].Key, out node)) break;
            if (node.Ends is null) continue;
            foreach (var p in node.Ends)
                if (p.CaseMatches(tokens, start)) found.Add(p);
        }
        found.Sort((a, b) => b.Keys.Length != a.Keys.Length ? b.Keys.Length.CompareTo(a.Keys.Length) : b.Priority.CompareTo(a.Priority));
        return found;
    }
}
