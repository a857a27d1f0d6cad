namespace NewsLens.Text;

/// <summary>
/// Enumerates the tokens of a text as <see cref="TokenSpan"/>s without allocating; returned by
/// <see cref="Tokenizer.Enumerate"/>. Use it in a <c>foreach</c>.
/// </summary>
public ref struct TokenSpanEnumerator
{
    private readonly ReadOnlySpan<char> _text;
    private readonly bool _splitPossessive;
    private int _pos;
    private int _chunkEnd;
    private int _specialStart;
    private int _specialEnd;
    private TokenKind _specialKind;
    private TokenSpan _current;

    internal TokenSpanEnumerator(ReadOnlySpan<char> text, bool splitPossessive)
    {
        _text = text;
        _splitPossessive = splitPossessive;
        _pos = 0;
        _chunkEnd = 0;
        _specialStart = -1;
        _specialEnd = -1;
        _specialKind = TokenKind.Url;
        _current = default;
    }

    /// <summary>The current token.</summary>
    public readonly TokenSpan Current => _current;

    /// <summary>Returns this enumerator, so that it can be used in <c>foreach</c>.</summary>
    public readonly TokenSpanEnumerator GetEnumerator() => this;

    /// <summary>Advances to the next token; false at the end of the text.</summary>
    public bool MoveNext()
    {
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
}
