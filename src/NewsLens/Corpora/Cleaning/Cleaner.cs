namespace NewsLens.Corpora.Cleaning;

/// <summary>
/// Removes boilerplate lines from a raw text: the known-pattern rules of <see cref="BoilerplateRules"/>
/// and the corpus-level repeated lines (which are kept when they are all that is left of a document). Removed lines are dropped, runs of blank lines collapse to one
/// and leading/trailing blank lines go; kept lines are unchanged, so article sentences stay intact.
/// </summary>
internal static class Cleaner
{
    /// <summary>Cleans a text with the given repeated lines (normalised) of its group, if any.</summary>
    public static (string Text, List<CleaningEntry> Removed) Clean(string documentId, string rawText, IReadOnlySet<string>? repeatedLines) =>
        Clean(documentId, SplitText.Of(rawText), repeatedLines is null ? null : RepeatedLines.Of(repeatedLines));

    public static (string Text, List<CleaningEntry> Removed) Clean(string documentId, SplitText lines, RepeatedLines? repeatedLines)
    {
        int count = lines.Count;
        int lastNonBlank = count - 1;
        while (lastNonBlank >= 0 && lines.NormalisedLength(lastNonBlank) == 0) lastNonBlank--;
        var rule = new string?[count];
        for (int i = 0; i < count; i++)
        {
            if (rule[i] is not null || lines.NormalisedLength(i) == 0) continue;
            foreach (var r in BoilerplateRules.Candidates(lines.Normalised(i), i == lastNonBlank))
            {
                int n = r.Match(lines, i);
                if (n <= 0) continue;
                for (int k = i; k < i + n && k < count; k++) rule[k] = r.Name;
                break;
            }
            if (rule[i] is null && repeatedLines is not null && lines.NormalisedLength(i) >= RepeatedLineDetector.MinLength && repeatedLines.Contains(lines, i))
                rule[i] = BoilerplateRules.RepeatedLine;
        }

        // The corpus-level rule never empties a document: when every line would go and some went only
        // because they repeat elsewhere (the same statement issued twice), those lines stay.
        bool allGone = true;
        for (int i = 0; i < count && allGone; i++)
            allGone = lines.NormalisedLength(i) == 0 || rule[i] is not null;
        if (allGone)
            for (int i = 0; i < count; i++)
                if (rule[i] == BoilerplateRules.RepeatedLine) rule[i] = null;

        var removed = new List<CleaningEntry>();
        if (Unchanged(lines, rule)) return (lines.Raw, removed);
        // The kept lines, each with the break before it ("\n", or "\n\n" after blank lines); then the text is
        // written once, at its final length.
        var kept = new List<(int Line, bool Paragraph)>(count);
        int length = 0;
        bool pendingBlank = false;
        for (int i = 0; i < count; i++)
        {
            bool blank = lines.NormalisedLength(i) == 0;
            if (rule[i] is { } name)
            {
                if (!blank) removed.Add(new CleaningEntry(documentId, i + 1, name, lines.Line(i).ToString()));
                continue;
            }
            if (blank)
            {
                pendingBlank = kept.Count > 0;
                continue;
            }
            length += (kept.Count == 0 ? 0 : pendingBlank ? 2 : 1) + lines.Line(i).Length;
            kept.Add((i, pendingBlank));
            pendingBlank = false;
        }
        var text = string.Create(length, (lines, kept), static (span, state) =>
        {
            int at = 0;
            foreach (var (line, paragraph) in state.kept)
            {
                if (at > 0)
                {
                    span[at++] = '\n';
                    if (paragraph) span[at++] = '\n';
                }
                var source = state.lines.Line(line);
                source.CopyTo(span[at..]);
                at += source.Length;
            }
        });
        return (text, removed);
    }

    /// <summary>
    /// True when cleaning would give the raw text back: no line removed, no blank line at the start or end,
    /// and every blank line empty and alone between two kept lines (the text below writes it as "\n\n").
    /// </summary>
    private static bool Unchanged(SplitText lines, string?[] rule)
    {
        for (int i = 0; i < lines.Count; i++)
        {
            if (rule[i] is not null) return false;
            if (lines.NormalisedLength(i) > 0) continue;
            if (lines.Line(i).Length > 0 || i == 0 || i == lines.Count - 1 || lines.NormalisedLength(i - 1) == 0) return false;
        }
        return true;
    }
}
