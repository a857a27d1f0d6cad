using System.Globalization;
using System.Runtime.CompilerServices;

namespace NewsLens.Text;

/// <summary>Character tests shared by the tokenizer, the sentence splitter and the quote finder.</summary>
internal static class CharClass
{
    // The tests below are called for every character the tokenizer reads: the ASCII case is inlined into the
    // caller and the rest of Unicode is looked up out of line.

    /// <summary>Letters, digits and combining marks: the characters a word is made of.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWordChar(char c) =>
        c < 128 ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9 : IsNonAsciiWordChar(c);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool IsNonAsciiWordChar(char c)
    {
        if (char.IsLetterOrDigit(c)) return true;
        var cat = CharUnicodeInfo.GetUnicodeCategory(c);
        return cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }

    /// <summary>
    /// Whitespace, plus invisible characters that separate tokens too: zero-width space, byte-order mark,
    /// word joiner and the left-to-right / right-to-left marks.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsSpace(char c) => c < 128 ? c == ' ' || (uint)(c - '\t') <= '\r' - '\t' : IsNonAsciiSpace(c);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool IsNonAsciiSpace(char c) =>
        char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF' or '\u2060' or '\u200E' or '\u200F';

    /// <summary>Hyphens that join the parts of a word (hyphen-minus, hyphen, non-breaking hyphen, soft hyphen); not dashes.</summary>
    public static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011' or '\u00AD';

    /// <summary>Apostrophes inside words: straight, right single quotation mark, modifier letter apostrophe.</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

    /// <summary>Currency signs that may precede an amount.</summary>
    public static bool IsCurrency(char c) => c is '$' or '£' or '€' or '¥' or '₹' or '₽';

    /// <summary>Double quotation marks, straight and typographic (including low-9 and guillemets).</summary>
    public static bool IsDoubleQuote(char c) => c is '"' or '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB';

    /// <summary>Characters that may open a quotation or a bracketed part.</summary>
    public static bool IsOpener(char c) =>
        c is '(' or '[' or '{' or '<' or '"' or '\'' or '\u201C' or '\u2018' or '\u201E' or '\u00AB';

    /// <summary>Characters that may close a quotation or a bracketed part.</summary>
    public static bool IsCloser(char c) =>
        c is ')' or ']' or '}' or '>' or '"' or '\'' or '\u201D' or '\u2019' or '\u00BB';

    /// <summary>Sentence terminators: full stop, question and exclamation marks, ellipsis.</summary>
    public static bool IsTerminator(char c) => c is '.' or '!' or '?' or '\u2026';
}
