using System.Collections;

namespace NewsLens.Text;

/// <summary>
/// The tokens of a corpus: one <see cref="TokenizedDocument"/> per document, in corpus order, each
/// carrying its document's metadata. Immutable: every verb returns a new <see cref="Tokens"/>.
/// </summary>
public sealed partial class Tokens : IReadOnlyList<TokenizedDocument>
{
    private readonly TokenizedDocument[] _documents;

    /// <summary>Wraps already tokenized documents.</summary>
    public Tokens(IEnumerable<TokenizedDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        _documents = documents.ToArray();
    }

    /// <summary>The documents, in corpus order.</summary>
    public IReadOnlyList<TokenizedDocument> Documents => _documents;

    /// <summary>Number of documents.</summary>
    public int Count => _documents.Length;

    /// <summary>Total number of tokens over all documents.</summary>
    public long TokenCount => _documents.Sum(d => (long)d.Tokens.Count);

    /// <summary>The document at <paramref name="index"/>.</summary>
    public TokenizedDocument this[int index] => _documents[index];

    /// <inheritdoc />
    public IEnumerator<TokenizedDocument> GetEnumerator() => ((IEnumerable<TokenizedDocument>)_documents).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
