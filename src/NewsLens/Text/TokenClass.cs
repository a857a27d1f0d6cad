using System.Globalization;

namespace NewsLens.Text;

/// <summary>Tests on tokens shared by <see cref="Tokens.From"/> and the <see cref="Tokens"/> verbs.</summary>
internal static class TokenClass
{
    /// <summary>A punctuation token whose first character is a Unicode symbol ($ + = © emoji …).</summary>
    public static bool IsSymbol(in Token t) => t.Kind == TokenKind.Punctuation && StartsWithSymbol(t.Text);

    /// <summary>True when the text's first character (or surrogate pair) is a Unicode symbol.</summary>
    public static bool StartsWithSymbol(string text) =>
        text.Length > 0 && CharUnicodeInfo.GetUnicodeCategory(text, 0) is
            UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol or UnicodeCategory.ModifierSymbol or UnicodeCategory.OtherSymbol;

    /// <summary>A punctuation token that is not a symbol.</summary>
    public static bool IsPunctuation(in Token t) => t.Kind == TokenKind.Punctuation && !IsSymbol(t);

    /// <summary>True when <paramref name="set"/> holds the text, compared case-insensitively even if the set itself is not.</summary>
    public static bool InSet(IReadOnlySet<string> set, string text) =>
        set.Contains(text) || (!IgnoresCase(set) && set.Contains(text.ToLowerInvariant()));

    /// <summary>A set that already compares ignoring case (as <see cref="Stopwords"/> makes them) needs no lower-cased second lookup.</summary>
    private static bool IgnoresCase(IReadOnlySet<string> set) =>
        set is HashSet<string> hash && ReferenceEquals(hash.Comparer, StringComparer.OrdinalIgnoreCase);
}
