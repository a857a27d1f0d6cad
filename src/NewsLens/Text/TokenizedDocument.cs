using NewsLens.Corpora;

namespace NewsLens.Text;

/// <summary>The tokens of one document, with the document's metadata.</summary>
/// <param name="Info">The document's metadata.</param>
/// <param name="Tokens">The tokens in text order.</param>
public sealed record TokenizedDocument(DocumentInfo Info, IReadOnlyList<Token> Tokens);
