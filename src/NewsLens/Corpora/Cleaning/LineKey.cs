namespace NewsLens.Corpora.Cleaning;

/// <summary>A normalised line of a <see cref="SplitText"/>, compared by its characters: a set or dictionary key
/// that needs no string per line.</summary>
internal readonly record struct LineKey(SplitText Text, int Line)
{
    public ReadOnlySpan<char> Span => Text.Normalised(Line);

    /// <summary>Equality by characters, with the hash the text computed once.</summary>
    public sealed class Comparer : IEqualityComparer<LineKey>
    {
        public static readonly Comparer Instance = new();

        public bool Equals(LineKey a, LineKey b) => a.Text.Hash(a.Line) == b.Text.Hash(b.Line) && a.Span.SequenceEqual(b.Span);

        public int GetHashCode(LineKey key) => key.Text.Hash(key.Line);
    }
}
