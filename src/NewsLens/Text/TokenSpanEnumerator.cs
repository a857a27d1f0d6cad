namespace NewsLens.Text;

/// <summary>
/// Enumerates the tokens of a text as <see cref="TokenSpan"/>s without allocating; returned by
/// <see cref="Tokenizer.Enumerate(ReadOnlySpan{char}, bool)"/>. Use it in a <c>foreach</c>.
/// </summary>
public ref struct TokenSpanEnumerator
{
    private readonly ReadOnlySpan<char> _text;
    private readonly bool _splitPossessive;
    private readonly bool _simple;
    private int _pos;
    private int _chunkEnd;
    private int _specialStart;
    private int _specialEnd;
    private TokenKind _specialKind;
    private TokenSpan _current;
    private int _simpleHash;

    internal TokenSpanEnumerator(ReadOnlySpan<char> text, bool splitPossessive, TokenizerScheme scheme = TokenizerScheme.News)
    {
        _text = text;
        _splitPossessive = splitPossessive;
        _simple = scheme == TokenizerScheme.Simple;
        _pos = 0;
        _chunkEnd = 0;
        _specialStart = -1;
        _specialEnd = -1;
        _specialKind = TokenKind.Url;
        _current = default;
    }

    /// <summary>The current token.</summary>
    public readonly TokenSpan Current => _current;

    /// <summary>
    /// With <see cref="TokenizerScheme.Simple"/>, <see cref="SpanTable.Hash"/> of the current token's text, computed
    /// while scanning it (so that counting need not read the characters again); 0 with the News scheme.
    /// </summary>
    internal readonly int SimpleHash => _simpleHash;

    /// <summary>Returns this enumerator, so that it can be used in <c>foreach</c>.</summary>
    public readonly TokenSpanEnumerator GetEnumerator() => this;

    /// <summary>Advances to the next token; false at the end of the text.</summary>
    public bool MoveNext()
    {
        if (_simple) return MoveNextSimple();
        var s = _text;
        while (true)
        {
            if (_pos < _chunkEnd)
            {
                if (_pos == _specialStart)
                {
                    _current = new TokenSpan(_specialStart, _specialEnd, _specialKind);
                    _pos = _specialEnd;
                    _specialStart = -1;
                    return true;
                }
                int limit = _specialStart > _pos ? _specialStart : _chunkEnd;
                int start = _pos;
                var kind = TokenScanner.Scan(s, start, limit, _splitPossessive, out int end);
                _pos = end;
                _current = new TokenSpan(start, end, kind);
                return true;
            }

            int p = _pos;
            while (p < s.Length && CharClass.IsSpace(s[p])) p++;
            if (p >= s.Length)
            {
                _pos = _chunkEnd = s.Length;
                return false;
            }
            int q = p;
            bool at = false, dot = false, colon = false;
            while (q < s.Length)
            {
                char c = s[q];
                if (CharClass.IsSpace(c)) break;
                if (c == '.') dot = true;
                else if (c == '@') at = true;
                else if (c == ':') colon = true;
                q++;
            }
            _pos = p;
            _chunkEnd = q;
            _specialStart = -1;
            if ((at || dot || colon) &&
                TokenScanner.FindSpecial(s, p, q, colon, dot, at, out int ss, out int se, out var sk))
            {
                _specialStart = ss;
                _specialEnd = se;
                _specialKind = sk;
            }
        }
    }

    /// <summary>The next token of <see cref="TokenizerScheme.Simple"/>.</summary>
    private bool MoveNextSimple()
    {
        var s = _text;
        int p = _pos;
        while (p < s.Length && !IsAlphanumeric(s[p])) p++;
        if (p >= s.Length)
        {
            _pos = s.Length;
            return false;
        }
        int start = p;
        bool digits = true;
        var h = SpanTable.HashStart;
        while (true)
        {
            char c;
            while (p < s.Length && IsAlphanumeric(c = s[p]))
            {
                digits &= char.IsDigit(c);
                h = SpanTable.HashStep(h, c);
                p++;
            }
            if (p + 1 < s.Length && s[p] is '\'' or '’' or '-' && IsAlphanumeric(s[p + 1]))
            {
                digits = false;
                h = SpanTable.HashStep(h, s[p]);
                p++;
                continue;
            }
            break;
        }
        _pos = p;
        _simpleHash = SpanTable.HashEnd(h);
        _current = new TokenSpan(start, p, digits ? TokenKind.Number : TokenKind.Word);
        return true;
    }

    /// <summary>A letter or digit of the simple scheme: Unicode categories L* and N*.</summary>
    internal static bool IsAlphanumeric(char c)
    {
        if (c < 128) return (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9;
        return char.GetUnicodeCategory(c) is <= System.Globalization.UnicodeCategory.OtherLetter
            or System.Globalization.UnicodeCategory.DecimalDigitNumber or System.Globalization.UnicodeCategory.LetterNumber
            or System.Globalization.UnicodeCategory.OtherNumber;
    }
}
