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

    /// <param name="documents">Group key and raw text of each document.</param>
    /// <param name="minDocuments">Documents (of one group) a line must appear in.</param>
    /// <returns>For each group key, the repeated lines (trimmed, normalised spaces).</returns>
    public static Dictionary<string, HashSet<string>> Detect(IEnumerable<(string Group, string RawText)> documents, int minDocuments)
    {
        var counts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var seen = new HashSet<(string, string)>();
        foreach (var (group, text) in documents)
        {
            var all = text.Split('\n').Select(BoilerplateRules.Normalise).Where(l => l.Length > 0).ToList();
            if (!seen.Add((group, string.Join('\n', all)))) continue;
            var lines = all.Where(l => l.Length >= MinLength).Distinct(StringComparer.Ordinal);
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
}
