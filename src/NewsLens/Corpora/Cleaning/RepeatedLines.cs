namespace NewsLens.Corpora.Cleaning;

/// <summary>The lines found repeated across the documents of one group (see <see cref="RepeatedLineDetector"/>).</summary>
internal sealed class RepeatedLines
{
    private readonly HashSet<LineKey> _lines;

    public RepeatedLines(HashSet<LineKey> lines) => _lines = lines;

    /// <summary>A set of given (normalised) lines.</summary>
    public static RepeatedLines Of(IEnumerable<string> lines) =>
        new(lines.Select(l => new LineKey(SplitText.Of(BoilerplateRules.Normalise(l)), 0)).ToHashSet(LineKey.Comparer.Instance));

    /// <summary>True when normalised line <paramref name="line"/> of <paramref name="text"/> is one of them.</summary>
    public bool Contains(SplitText text, int line) => _lines.Contains(new LineKey(text, line));
}
