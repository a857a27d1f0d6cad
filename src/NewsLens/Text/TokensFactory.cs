using System.Collections.Concurrent;
using NewsLens.Corpora;

namespace NewsLens.Text;

public sealed partial class Tokens
{
    /// <summary>Number of documents read from the stream and tokenized in parallel at a time.</summary>
    private const int ParallelBatch = 64;

    /// <summary>
    /// Tokenizes documents (their cleaned <see cref="Document.Text"/>) with <paramref name="options"/>
    /// (default <see cref="TokenizerOptions.Default"/>). The documents are read as a stream, in batches
    /// tokenized in parallel; the result keeps document order. Token offsets point into each document's Text.
    /// </summary>
    /// <exception cref="ArgumentException">The options are not valid (the message names the option).</exception>
    public static Tokens From(IEnumerable<Document> documents, TokenizerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var o = (options ?? TokenizerOptions.Default).Validate();
        var result = new List<TokenizedDocument>(documents is IReadOnlyCollection<Document> c ? c.Count : 16);
        var batch = new List<Document>(ParallelBatch);
        var stems = o.Stem ? new ConcurrentDictionary<string, string>(StringComparer.Ordinal) : null;
        foreach (var d in documents)
        {
            ArgumentNullException.ThrowIfNull(d, nameof(documents));
            batch.Add(d);
            if (batch.Count == ParallelBatch) Flush(batch, o, stems, result);
        }
        Flush(batch, o, stems, result);
        return new Tokens(result);
    }

    private static void Flush(List<Document> batch, TokenizerOptions o, ConcurrentDictionary<string, string>? stems, List<TokenizedDocument> result)
    {
        if (batch.Count == 0) return;
        var done = new TokenizedDocument[batch.Count];
        if (batch.Count == 1) done[0] = TokenizeDocument(batch[0], o, stems);
        else Parallel.For(0, batch.Count, i => done[i] = TokenizeDocument(batch[i], o, stems));
        result.AddRange(done);
        batch.Clear();
    }

    /// <summary>Tokenizes one document with the given options (the pipeline described on <see cref="TokenizerOptions"/>); <paramref name="stems"/> memoizes stems.</summary>
    internal static TokenizedDocument TokenizeDocument(Document document, TokenizerOptions o,
        ConcurrentDictionary<string, string>? stems = null)
    {
        var text = document.Text ?? "";
        var tokens = new List<Token>(text.Length / 6 + 4);
        foreach (var span in Tokenizer.Enumerate(text.AsSpan(), o.Scheme, o.SplitPossessive))
        {
            switch (span.Kind)
            {
                case TokenKind.Number when o.RemoveNumbers:
                case TokenKind.Url or TokenKind.Email when o.RemoveUrls:
                    continue;
            }
            var token = new Token(text.Substring(span.Start, span.Length), span.Start, span.End, span.Kind);
            if (token.Kind == TokenKind.Punctuation &&
                (TokenClass.IsSymbol(token) ? o.RemoveSymbols : o.RemovePunctuation))
                continue;
            if (o.Stopwords is { } stop && TokenClass.InSet(stop, token.Text)) continue;
            var form = token.Text;
            if (o.Lowercase) form = form.ToLowerInvariant();
            if (o.Stem && token.Kind == TokenKind.Word) form = stems is null ? Porter2Stemmer.Stem(form) : stems.GetOrAdd(form, Porter2Stemmer.Stem);
            if (form.Length < o.MinLength) continue;
            tokens.Add(form == token.Text ? token : token with { Text = form });
        }
        return new TokenizedDocument(document.Info, tokens);
    }
}
