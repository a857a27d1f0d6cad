namespace NewsLens.Corpora;

/// <summary>The documents of a corpus sharing one value of a field (see <see cref="Corpus.GroupBy"/>).</summary>
/// <param name="Key">The field value; null for documents without a value.</param>
/// <param name="Corpus">The documents in the group, in corpus order.</param>
public sealed record CorpusGroup(string? Key, Corpus Corpus);
