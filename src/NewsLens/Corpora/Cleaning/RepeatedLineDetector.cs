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
    public static Dictionary<string, HashSet<string>> Detect(IReadOnlyList<(string Group, SplitText Text)> documents, int minDocuments)
    {
        // The distinct long lines of each document, found in parallel; the counting that follows is in document order.
        var prepared = new string[documents.Count][];
        Parallel.For(0, documents.Count, i =>
            prepared[i] = documents[i].Text.Normalised.Where(l => l.Length >= MinLength).Distinct(StringComparer.Ordinal).ToArray());
        var seen = new HashSet<(string, string[])>(SameLines.Instance);
        var counts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        for (var i = 0; i < documents.Count; i++)
        {
            var group = documents[i].Group;
            if (!seen.Add((group, NonEmpty(documents[i].Text.Normalised)))) continue;
            var lines = prepared[i];
            if (!counts.TryGetValue(group, out var lineCounts))
                counts[group] = lineCounts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var line in lines)
                lineCounts[line] = lineCounts.GetValueOrDefault(line) + 1;
        }
        return counts.ToDictionary(
            g => g.Key,
            g => g.Value.Where(kv => kv.Value >= minDocuments).Select(kv => kv.Key).ToHashSet(StringComparer.Ordinal),
            StringComparer.Ordinal);
    }

    private static string[] NonEmpty(string[] lines) => lines.Where(l => l.Length > 0).ToArray();

    /// <summary>Equality of (group, non-empty normalised lines): the same document however its lines are spaced.</summary>
    private sealed class SameLines : IEqualityComparer<(string Group, string[] Lines)>
    {
        public static readonly SameLines Instance = new();

        public bool Equals((string Group, string[] Lines) a, (string Group, string[] Lines) b) =>
            a.Group == b.Group && a.Lines.AsSpan().SequenceEqual(b.Lines);

        public int GetHashCode((string Group, string[] Lines) x)
        {
            var hash = new HashCode();
            hash.Add(x.Group);
            foreach (var line in x.Lines) hash.Add(line);
            return hash.ToHashCode();
        }
    }
}
