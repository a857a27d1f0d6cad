namespace NewsLens.Text;

public sealed partial class Tokens
{
    /// <summary>The n-grams of size <paramref name="n"/> in each document; see <see cref="NGrams(int, int)"/>.</summary>
    public Tokens NGrams(int n) => NGrams(n, n);

    /// <summary>
    /// The n-grams of every size from <paramref name="min"/> to <paramref name="max"/> within each document
    /// (no skips, never across documents, as quanteda's tokens_ngrams): the token texts joined with "_",
    /// spanning from the first token's Start to the last token's End, of kind <see cref="TokenKind.Compound"/>.
    /// Unigrams (size 1) are the tokens themselves. Results are ordered by start position, then size.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A size is less than 1, or <paramref name="max"/> is less than <paramref name="min"/>.</exception>
    public Tokens NGrams(int min, int max)
    {
        if (min < 1) throw new ArgumentOutOfRangeException(nameof(min), min, "The n-gram size must be 1 or more.");
        if (max < min) throw new ArgumentOutOfRangeException(nameof(max), max, $"The largest n-gram size must be at least the smallest ({min}).");
        return Map(ts =>
        {
            var result = new List<Token>(ts.Count * (max - min + 1));
            for (int i = 0; i < ts.Count; i++)
            {
                for (int n = min; n <= max && i + n <= ts.Count; n++)
                    result.Add(n == 1 ? ts[i] : Join(ts, i, n));
            }
            return result;
        });
    }

    /// <summary>Joins <paramref name="n"/> tokens from <paramref name="start"/> into one compound token.</summary>
    private static Token Join(IReadOnlyList<Token> ts, int start, int n)
    {
        var parts = new string[n];
        for (int k = 0; k < n; k++) parts[k] = ts[start + k].Text;
        return new Token(string.Join("_", parts), ts[start].Start, ts[start + n - 1].End, TokenKind.Compound);
    }
}
