namespace NewsLens.Text;

/// <summary>
/// The rules that cut one whitespace-delimited chunk of text into tokens. Every rule looks at a
/// bounded number of characters around the cursor, so a chunk is scanned in one pass without
/// backtracking (the special-address check of <see cref="FindSpecial"/> reads a chunk at most twice).
/// </summary>
internal static class TokenScanner
{
    /// <summary>Top-level domains accepted in bare host names such as express.co.uk (not words like "in" or "it").</summary>
    private static readonly string[] Tlds =
    [
        "com", "org", "net", "gov", "edu", "mil", "int", "info", "biz", "io", "uk", "ru", "tr", "de", "fr", "eu",
        "ca", "au", "cn", "jp", "ua", "es", "nl", "ch", "se", "pl", "tv", "news", "ly", "ie", "nz", "il", "ir",
        "sy", "iq", "gr", "az", "am", "ge", "by", "kz", "qa", "ae", "sa", "pk", "af", "za", "br", "mx", "kr",
    ];

    /// <summary>Scans the token that starts at <paramref name="start"/> and ends at or before <paramref name="limit"/>.</summary>
    public static TokenKind Scan(ReadOnlySpan<char> s, int start, int limit, bool splitPossessive, out int end)
    {
        char c = s[start];
        if (splitPossessive && IsPossessive(s, start, limit))
        {
            end = start + 2;
            return TokenKind.Word;
        }
        if (CharClass.IsWordChar(c)) return ScanWord(s, start, limit, money: false, splitPossessive, out end);
        if (CharClass.IsCurrency(c) && start + 1 < limit && char.IsDigit(s[start + 1]))
            return ScanWord(s, start + 1, limit, money: true, splitPossessive, out end);
        switch (c)
        {
            case '#':
            {
                int e = start + 1;
                bool letter = false;
                while (e < limit && (CharClass.IsWordChar(s[e]) || s[e] == '_'))
                {
                    letter |= !char.IsDigit(s[e]);
                    e++;
                }
                if (letter) { end = e; return TokenKind.Hashtag; }
                break;
            }
            case '@':
            {
                if (start > 0 && CharClass.IsWordChar(s[start - 1])) break;
                int e = start + 1;
                while (e < limit && (char.IsAsciiLetterOrDigit(s[e]) || s[e] == '_')) e++;
                if (e > start + 1) { end = e; return TokenKind.Handle; }
                break;
            }
            case '.':
            case '-':
            {
                // "..." is one ellipsis token and "--" one dash.
                int e = start + 1;
                while (e < limit && s[e] == c) e++;
                end = e - start >= 2 ? e : start + 1;
                return TokenKind.Punctuation;
            }
        }
        if (char.IsHighSurrogate(c) && start + 1 < limit && char.IsLowSurrogate(s[start + 1]))
        {
            end = start + 2;
            return TokenKind.Punctuation;
        }
        end = start + 1;
        return TokenKind.Punctuation;
    }

    private static TokenKind ScanWord(ReadOnlySpan<char> s, int start, int limit, bool money, bool splitPossessive, out int end)
    {
        int tokenStart = money ? start - 1 : start;
        if (!money && char.IsLetter(s[start]) && start + 1 < limit && s[start + 1] == '.')
        {
            // Dotted acronym (U.S., e.g., a.m.) or an initial before a capitalised name (J. Smith).
            int a = start, n = 0;
            while (a + 1 < limit && char.IsLetter(s[a]) && s[a + 1] == '.')
            {
                n++;
                a += 2;
            }
            bool closed = a >= s.Length || !CharClass.IsWordChar(s[a]);
            if (n >= 2 && closed)
            {
                end = a;
                return TokenKind.Word;
            }
            if (n == 1 && char.IsUpper(s[start]) && IsFollowedBySpaceThen(s, start + 2, char.IsUpper))
            {
                end = start + 2;
                return TokenKind.Word;
            }
        }

        bool numeric = money || char.IsDigit(s[start]);
        int i = start;
        while (true)
        {
            while (i < limit && CharClass.IsWordChar(s[i]))
            {
                if (numeric && !char.IsDigit(s[i])) numeric = money;
                i++;
            }
            if (i + 1 >= limit) break;
            char c = s[i], next = s[i + 1];
            if (CharClass.IsHyphen(c) && CharClass.IsWordChar(next)) { numeric = money; i++; continue; }
            if (CharClass.IsApostrophe(c) && char.IsLetter(next))
            {
                if (splitPossessive && IsPossessive(s, i, limit)) break;
                numeric = money;
                i++;
                continue;
            }
            if ((c == '.' || c == ',') && numeric && char.IsDigit(next) && char.IsDigit(s[i - 1])) { i++; continue; }
            if (c == '&' && char.IsUpper(next) && char.IsUpper(s[i - 1])) { numeric = false; i++; continue; }
            break;
        }

        if (numeric)
        {
            if (i < limit && s[i] == '%') i++;
            end = i;
            return TokenKind.Number;
        }
        if (i < limit && s[i] == '.')
        {
            var word = s[start..i];
            if (word is "No" ? IsFollowedBySpaceThen(s, i + 1, char.IsDigit) : Abbreviations.IsAny(word))
            {
                end = i + 1;
                return TokenKind.Word;
            }
        }
        end = i;
        return tokenStart < start ? TokenKind.Number : TokenKind.Word;
    }

    /// <summary>An apostrophe and "s" ending a word: "’s" in "Turkey’s".</summary>
    private static bool IsPossessive(ReadOnlySpan<char> s, int i, int limit) =>
        CharClass.IsApostrophe(s[i]) && i > 0 && CharClass.IsWordChar(s[i - 1]) && i + 1 < limit && s[i + 1] is 's' or 'S'
        && (i + 2 >= limit || !CharClass.IsWordChar(s[i + 2]));

    /// <summary>True when position <paramref name="p"/> starts a run of whitespace followed by a character passing <paramref name="test"/>.</summary>
    internal static bool IsFollowedBySpaceThen(ReadOnlySpan<char> s, int p, Func<char, bool> test)
    {
        if (p >= s.Length || !CharClass.IsSpace(s[p])) return false;
        while (p < s.Length && CharClass.IsSpace(s[p])) p++;
        return p < s.Length && test(s[p]);
    }

    /// <summary>
    /// Finds a web address or e-mail address inside the chunk [<paramref name="p"/>, <paramref name="q"/>),
    /// which is then kept whole. Returns false when there is none.
    /// </summary>
    public static bool FindSpecial(ReadOnlySpan<char> s, int p, int q, bool colon, bool dot, bool at,
        out int start, out int end, out TokenKind kind)
    {
        int cs = p, ce = q;
        while (cs < ce && CharClass.IsOpener(s[cs])) cs++;
        while (ce > cs && (CharClass.IsCloser(s[ce - 1]) || s[ce - 1] is '.' or ',' or ';' or ':' or '!' or '?' or '\u2026')) ce--;
        kind = TokenKind.Url;
        start = end = -1;
        if (ce - cs < 4) return false;
        var core = s[cs..ce];

        if (colon)
        {
            int k = core.IndexOf("://".AsSpan());
            if (k > 0)
            {
                int ss = k;
                while (ss > 0 && char.IsAsciiLetter(core[ss - 1])) ss--;
                if (ss < k && k + 3 < core.Length)
                {
                    start = cs + ss;
                    end = IncludeClosingParen(s, start, ce, q);
                    return true;
                }
            }
        }
        if (dot)
        {
            int w = core.IndexOf("www.".AsSpan(), StringComparison.OrdinalIgnoreCase);
            if (w >= 0 && (w == 0 || !CharClass.IsWordChar(core[w - 1])) && w + 4 < core.Length && CharClass.IsWordChar(core[w + 4]))
            {
                start = cs + w;
                end = IncludeClosingParen(s, start, ce, q);
                return true;
            }
        }
        if (at)
        {
            int m = core.IndexOf('@');
            if (m > 0 && TryEmail(core, m, out int ls, out int de))
            {
                kind = TokenKind.Email;
                start = cs + ls;
                end = cs + de;
                return true;
            }
        }
        if (dot && TryHost(core, out int hostEnd))
        {
            start = cs;
            end = hostEnd < core.Length ? IncludeClosingParen(s, cs, ce, q) : cs + hostEnd;
            return true;
        }
        return false;
    }

    private static int IncludeClosingParen(ReadOnlySpan<char> s, int start, int ce, int q)
    {
        if (ce < q && s[ce] == ')' && s[start..ce].Contains('(')) return ce + 1;
        return ce;
    }

    private static bool TryEmail(ReadOnlySpan<char> core, int m, out int localStart, out int domainEnd)
    {
        localStart = m;
        while (localStart > 0 && (char.IsAsciiLetterOrDigit(core[localStart - 1]) || core[localStart - 1] is '.' or '_' or '%' or '+' or '-'))
            localStart--;
        while (localStart < m && core[localStart] == '.') localStart++;
        domainEnd = m + 1;
        while (domainEnd < core.Length && (char.IsAsciiLetterOrDigit(core[domainEnd]) || core[domainEnd] is '.' or '-')) domainEnd++;
        while (domainEnd > m + 1 && core[domainEnd - 1] is '.' or '-') domainEnd--;
        if (localStart >= m || domainEnd <= m + 1) return false;
        var domain = core[(m + 1)..domainEnd];
        int lastDot = domain.LastIndexOf('.');
        if (lastDot <= 0 || domain.Contains("..".AsSpan(), StringComparison.Ordinal)) return false;
        var tld = domain[(lastDot + 1)..];
        if (tld.Length < 2) return false;
        foreach (char c in tld)
            if (!char.IsAsciiLetter(c)) return false;
        return true;
    }

    /// <summary>A bare host name with a known top-level domain, optionally followed by a path: express.co.uk, bbc.com/news.</summary>
    private static bool TryHost(ReadOnlySpan<char> core, out int hostEnd)
    {
        hostEnd = 0;
        int i = 0, labels = 0, lastLabelStart = 0;
        bool letter = false;
        while (true)
        {
            int ls = i;
            while (i < core.Length && (char.IsAsciiLetterOrDigit(core[i]) || core[i] == '-'))
            {
                letter |= char.IsAsciiLetter(core[i]);
                i++;
            }
            if (i == ls) return false;
            labels++;
            lastLabelStart = ls;
            if (i < core.Length && core[i] == '.') { i++; continue; }
            break;
        }
        if (labels < 2 || !letter) return false;
        if (i < core.Length && core[i] != '/') return false;
        var tld = core[lastLabelStart..i];
        bool known = false;
        foreach (var t in Tlds)
            if (tld.SequenceEqual(t)) { known = true; break; }
        if (!known) return false;
        hostEnd = i;
        return true;
    }
}
