using System.Globalization;
using System.Text;

namespace NewsLens.Actors;

/// <summary>
/// A small word scanner for actor matching, independent of the project tokenizer: words are runs of
/// letters and digits (with inner apostrophes); hyphens separate words but are remembered
/// (<see cref="ScanToken.HyphenBefore"/>) so that "al-Assad" matches "al Assad" and "US-made" yields "US";
/// a possessive "'s" is its own token; a dot stays in a token for initials, dotted abbreviations ("U.S.")
/// and titles ("Mr.", "Gen."); any other non-space character is a one-character punctuation token.
/// </summary>
internal static class WordScanner
{
    private static readonly HashSet<string> DottedTitles = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Sen", "Rep", "Lt", "Col", "Jr", "Sr", "Gov", "Prof", "Capt",
        "Maj", "Sgt", "Adm", "Rev", "Pres", "Brig", "Cmdr", "Amb", "No",
    };

    public static List<ScanToken> Scan(string text)
    {
        var tokens = new List<ScanToken>();
        int i = 0;
        bool hyphen = false;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c)) { hyphen = false; i++; continue; }
            if (c is '-' or '‐' or '‑')
            {
                hyphen = tokens.Count > 0 && tokens[^1].End == i && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]);
                i++;
                continue;
            }
            if (IsApostrophe(c) && i + 1 < text.Length && (text[i + 1] is 's' or 'S')
                && (i + 2 >= text.Length || !char.IsLetterOrDigit(text[i + 2])) && tokens.Count > 0 && tokens[^1].End == i)
            {
                tokens.Add(new ScanToken(text.Substring(i, 2), i, i + 2, "'S", true, false));
                i += 2;
                hyphen = false;
                continue;
            }
            if (!char.IsLetterOrDigit(c))
            {
                tokens.Add(new ScanToken(c.ToString(), i, i + 1, c.ToString(), false, false));
                i++;
                hyphen = false;
                continue;
            }
            int start = i;
            while (i < text.Length)
            {
                char d = text[i];
                if (char.IsLetterOrDigit(d) || char.GetUnicodeCategory(d) == UnicodeCategory.NonSpacingMark) { i++; continue; }
                // inner apostrophe (O'Brien) but not a possessive
                if (IsApostrophe(d) && i + 1 < text.Length && char.IsLetter(text[i + 1])
                    && !((text[i + 1] is 's' or 'S') && (i + 2 >= text.Length || !char.IsLetterOrDigit(text[i + 2]))))
                { i += 2; continue; }
                // dotted abbreviation: U.S.A, D.C
                if (d == '.' && i + 1 < text.Length && char.IsLetter(text[i + 1]) && IsSingleLetterRun(text, start, i)
                    && (i + 2 >= text.Length || !char.IsLetter(text[i + 2])))
                { i += 2; continue; }
                break;
            }
            if (i < text.Length && text[i] == '.')
            {
                var word = text[start..i];
                if (IsSingleLetterRun(text, start, i) || DottedTitles.Contains(word)) i++;
            }
            var surface = text[start..i];
            tokens.Add(new ScanToken(surface, start, i, KeyOf(surface), true, hyphen));
            hyphen = false;
        }
        return tokens;
    }

    /// <summary>The look-up key of a word: upper case, no dots, no diacritics, apostrophes unified.</summary>
    public static string KeyOf(string word)
    {
        var sb = new StringBuilder(word.Length);
        foreach (char ch in word.Normalize(NormalizationForm.FormD))
        {
            if (ch == '.' || CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark) continue;
            sb.Append(IsApostrophe(ch) ? '\'' : ch == 'ı' ? 'I' : char.ToUpperInvariant(ch));
        }
        return sb.Length == 0 ? word : sb.ToString();
    }

    public static bool IsApostrophe(char c) => c is '\'' or '’' or '‘' or 'ʼ';

    /// <summary>True when text[start..end) is one letter or letters separated by dots ("U", "U.S").</summary>
    private static bool IsSingleLetterRun(string text, int start, int end)
    {
        for (int k = start; k < end; k++)
        {
            bool letterSlot = (k - start) % 2 == 0;
            if (letterSlot ? !char.IsLetter(text[k]) : text[k] != '.') return false;
        }
        return end > start;
    }
}
