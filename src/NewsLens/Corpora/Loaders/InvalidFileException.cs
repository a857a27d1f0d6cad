namespace NewsLens.Corpora.Loaders;

/// <summary>A whole file cannot be read; the loader turns it into a Skipped entry (or, when strict, a <see cref="CorpusLoadException"/>).</summary>
internal sealed class InvalidFileException(string problem, int? line = null) : Exception(problem)
{
    public int? Line { get; } = line;
}
