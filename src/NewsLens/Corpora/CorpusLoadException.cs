namespace NewsLens.Corpora;

/// <summary>
/// A problem that stops <see cref="Corpus.Load"/>: a missing path, a folder without supported files,
/// a single file of an unsupported type, or (with <see cref="CorpusLoadOptions.Strict"/>) the first problem found.
/// The message reads "&lt;file&gt;:&lt;line&gt;: &lt;problem&gt;" (or "&lt;file&gt;: &lt;problem&gt;" when no line applies).
/// </summary>
public sealed class CorpusLoadException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="file">The file or folder concerned.</param>
    /// <param name="line">1-based line, when known.</param>
    /// <param name="problem">What is wrong.</param>
    public CorpusLoadException(string file, int? line, string problem)
        : base(line is { } l ? $"{file}:{l}: {problem}" : $"{file}: {problem}")
    {
        File = file;
        Line = line;
        Problem = problem;
    }

    /// <summary>The file or folder concerned.</summary>
    public string File { get; }

    /// <summary>1-based line in <see cref="File"/>, when known.</summary>
    public int? Line { get; }

    /// <summary>The problem without the location.</summary>
    public string Problem { get; }
}
