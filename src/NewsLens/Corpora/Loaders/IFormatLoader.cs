namespace NewsLens.Corpora.Loaders;

/// <summary>Reads the decoded text of one file into records. Throws <see cref="InvalidFileException"/>
/// (or a parser exception the corpus loader knows) when the file as a whole cannot be read.</summary>
internal interface IFormatLoader
{
    IEnumerable<RawRecord> Read(string content, SourceFile file, CorpusLoadOptions options);

    /// <summary>
    /// The records of a file's text held in the decoder's pooled buffer. By default the text is made a string and
    /// read with <see cref="Read"/>; a loader that can read the span itself (plain text) makes no copy of the file.
    /// </summary>
    List<RawRecord> ReadAll(ReadOnlySpan<char> content, SourceFile file, CorpusLoadOptions options) =>
        Read(content.ToString(), file, options).ToList();
}
