namespace NewsLens.Corpora.Loaders;

/// <summary>Reads the decoded text of one file into records. Throws <see cref="InvalidFileException"/>
/// (or a parser exception the corpus loader knows) when the file as a whole cannot be read.</summary>
internal interface IFormatLoader
{
    IEnumerable<RawRecord> Read(string content, SourceFile file, CorpusLoadOptions options);
}
