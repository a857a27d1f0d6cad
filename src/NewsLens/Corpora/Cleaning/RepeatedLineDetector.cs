using System.Runtime.InteropServices;

namespace NewsLens.Corpora.Cleaning;

/// <summary>
/// Corpus-level boilerplate: a line of at least <see cref="MinLength"/> characters (trimmed) that appears
/// verbatim in at least N documents of the same group is boilerplate (bylines, subscription prompts, footers
/// a site repeats on every page). Groups are outlets; documents without an outlet are grouped by the folder
/// of their file, so unrelated files without outlet never count against each other. Documents with the
/// same lines (a press release published twice, perhaps with different spacing) count once, so duplicates do not erase each other.
/// </summary>
internal static class RepeatedLineDetector
{
    public const int MinLength = 20;

    /// <param name="documents">Group key and lines of each document.</param>
    /// <param name="minDocuments">Documents (of one group) a line must appear in.</param>
    /// <returns>For each group key, the repeated lines (trimmed, normalised spaces).</returns>
    public static Dictionary<string, RepeatedLines> Detect(IReadOnlyList<(string Group, SplitText Text)> documents, int minDocuments)
    {
        // Groups are independent: each is counted on its own thread, its documents in corpus order.
        var groups = documents.Select((d, i) => (d.Group, Index: i)).GroupBy(d => d.Group, StringComparer.Ordinal)
            .Select(g => (Key: g.Key, Members: g.Select(d => documents[d.Index].Text).ToArray())).ToArray();
        var found = new RepeatedLines[groups.Length];
        Parallel.For(0, groups.Length, g => found[g] = InGroup(groups[g].Members, minDocuments));
        return groups.Select((g, i) => (g.Key, Lines: found[i])).ToDictionary(x => x.Key, x => x.Lines, StringComparer.Ordinal);
    }

    private static RepeatedLines InGroup(SplitText[] documents, int minDocuments)
    {
        var seen = new HashSet<SplitText>(SameLines.Instance);
        // For each long line: in how many documents it was seen, and the last one (to count a document once).
        var counts = new Dictionary<LineKey, (int Documents, int Last)>(LineKey.Comparer.Instance);
        for (int d = 0; d < documents.Length; d++)
        {
            var text = documents[d];
            if (!seen.Add(text)) continue;
            for (int i = 0; i < text.Count; i++)
            {
                if (text.NormalisedLength(i) < MinLength) continue;
                ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(counts, new LineKey(text, i), out bool exists);
                if (exists && count.Last == d) continue;
                count = (count.Documents + 1, d);
            }
        }
        var repeated = new HashSet<LineKey>(LineKey.Comparer.Instance);
        foreach (var (line, count) in counts)
            if (count.Documents >= minDocuments) repeated.Add(line);
        return new RepeatedLines(repeated);
    }

    /// <summary>Equality of the non-empty normalised lines: the same document however its lines are spaced.</summary>
    private sealed class SameLines : IEqualityComparer<SplitText>
    {
        public static readonly SameLines Instance = new();

        public bool Equals(SplitText? a, SplitText? b)
        {
            if (ReferenceEquals(a, b)) return true;
            if (a is null || b is null) return false;
            int i = Next(a, 0), j = Next(b, 0);
            for (; i < a.Count && j < b.Count; i = Next(a, i + 1), j = Next(b, j + 1))
                if (!LineKey.Comparer.Instance.Equals(new LineKey(a, i), new LineKey(b, j))) return false;
            return i >= a.Count && j >= b.Count;
        }

        public int GetHashCode(SplitText x)
        {
            var hash = new HashCode();
            for (int i = Next(x, 0); i < x.Count; i = Next(x, i + 1)) hash.Add(x.Hash(i));
            return hash.ToHashCode();
        }

        private static int Next(SplitText x, int from)
        {
            while (from < x.Count && x.NormalisedLength(from) == 0) from++;
            return from;
        }
    }
}
