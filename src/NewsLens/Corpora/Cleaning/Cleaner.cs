using System.Text;

namespace NewsLens.Corpora.Cleaning;

/// <summary>
/// Removes boilerplate lines from a raw text: the known-pattern rules of <see cref="BoilerplateRules"/>
/// and the corpus-level repeated lines (which are kept when they are all that is left of a document). Removed lines are dropped, runs of blank lines collapse to one
/// and leading/trailing blank lines go; kept lines are unchanged, so article sentences stay intact.
/// </summary>
internal static class Cleaner
{
    public static (string Text, List<CleaningEntry> Removed) Clean(string documentId, string rawText, IReadOnlySet<string>? repeatedLines) =>
        Clean(documentId, SplitText.Of(rawText), repeatedLines);

    public static (string Text, List<CleaningEntry> Removed) Clean(string documentId, SplitText split, IReadOnlySet<string>? repeatedLines)
    {
        var (rawText, lines, normalised) = split;
        var rule = new string?[lines.Length];
        for (int i = 0; i < lines.Length; i++)
        {
            if (rule[i] is not null || normalised[i].Length == 0) continue;
            foreach (var r in BoilerplateRules.Candidates(normalised[i]))
            {
                int n = r.Match(normalised, i);
                if (n <= 0) continue;
                for (int k = i; k < i + n && k < lines.Length; k++) rule[k] = r.Name;
                break;
            }
            if (rule[i] is null && repeatedLines is not null && normalised[i].Length >= RepeatedLineDetector.MinLength && repeatedLines.Contains(normalised[i]))
                rule[i] = BoilerplateRules.RepeatedLine;
        }

        // The corpus-level rule never empties a document: when every line would go and some went only
        // because they repeat elsewhere (the same statement issued twice), those lines stay.
        bool allGone = true;
        for (int i = 0; i < lines.Length && allGone; i++)
            allGone = normalised[i].Length == 0 || rule[i] is not null;
        if (allGone)
            for (int i = 0; i < lines.Length; i++)
                if (rule[i] == BoilerplateRules.RepeatedLine) rule[i] = null;

        var removed = new List<CleaningEntry>();
        if (Unchanged(lines, normalised, rule)) return (rawText, removed);
        var text = new StringBuilder(rawText.Length);
        bool pendingBlank = false;
        for (int i = 0; i < lines.Length; i++)
        {
            bool blank = normalised[i].Length == 0;
            if (rule[i] is { } name)
            {
                if (!blank) removed.Add(new CleaningEntry(documentId, i + 1, name, lines[i]));
                continue;
            }
            if (blank)
            {
                pendingBlank = text.Length > 0;
                continue;
            }
            if (pendingBlank) text.Append("\n\n");
            else if (text.Length > 0) text.Append('\n');
            pendingBlank = false;
            text.Append(lines[i]);
        }
        return (text.ToString(), removed);
    }

    /// <summary>
    /// True when cleaning would give the raw text back: no line removed, no blank line at the start or end,
    /// and every blank line empty and alone between two kept lines (the text below writes it as "\n\n").
    /// </summary>
    private static bool Unchanged(string[] lines, string[] normalised, string?[] rule)
    {
        for (int i = 0; i < lines.Length; i++)
        {
            if (rule[i] is not null) return false;
            if (normalised[i].Length > 0) continue;
            if (lines[i].Length > 0 || i == 0 || i == lines.Length - 1 || normalised[i - 1].Length == 0) return false;
        }
        return true;
    }
}
