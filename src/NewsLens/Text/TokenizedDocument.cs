using NewsLens.Corpora;

namespace NewsLens.Text;

/// <summary>The tokens of one document, with the document's metadata.</summary>
/// <param name="Info">The document's metadata.</param>
/// <param name="Tokens">The tokens in text order.</param>
public sealed record TokenizedDocument(DocumentInfo Info, IReadOnlyList<Token> Tokens)
{
    /// <summary>
    /// For each token, the index of the sentence (from <see cref="SentenceSplitter.Split"/> on the same
    /// document text) that contains the token's first character, or -1 when none does (e.g. whitespace).
    /// One merge pass over both lists; tokens must be in text order, as every <see cref="Text.Tokens"/> verb keeps them.
    /// </summary>
    public int[] SentenceIndices(IReadOnlyList<Sentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var result = new int[Tokens.Count];
        int s = 0;
        for (int i = 0; i < result.Length; i++)
        {
            int start = Tokens[i].Start;
            while (s < sentences.Count && sentences[s].End <= start) s++;
            result[i] = s < sentences.Count && sentences[s].Start <= start ? sentences[s].Index : -1;
        }
        return result;
    }
}
