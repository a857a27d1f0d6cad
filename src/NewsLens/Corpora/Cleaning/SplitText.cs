namespace NewsLens.Corpora.Cleaning;

/// <summary>
/// A raw text cut into lines (at '\n'), with each line as the cleaning rules see it
/// (<see cref="BoilerplateRules.Normalise"/>: trimmed, runs of spaces, no-break spaces included, as one space).
/// Made once per document and shared by the repeated-line detector and the cleaner.
/// </summary>
/// <remarks>
/// Lines are kept as positions in the raw text, not as strings: a normalised line is a slice of the raw text
/// unless its spacing had to change (rare), and only then is a string made. As a list it gives the normalised
/// lines as strings, made when first asked for (the rules' view; the rules run on few lines).
/// </remarks>
internal sealed class SplitText : IReadOnlyList<string>
{
    private readonly int[] _lineStart;
    private readonly int[] _normStart;
    private readonly int[] _normLength;
    private readonly int[] _hash;
    private string?[]? _changed;
    private string?[]? _asStrings;

    private SplitText(string raw, int lines)
    {
        Raw = raw;
        _lineStart = new int[lines + 1];
        _normStart = new int[lines];
        _normLength = new int[lines];
        _hash = new int[lines];
    }

    /// <summary>The text.</summary>
    public string Raw { get; }

    /// <summary>The number of lines.</summary>
    public int Count => _normLength.Length;

    /// <summary>Line <paramref name="i"/> as written (without its '\n').</summary>
    public ReadOnlySpan<char> Line(int i) => Raw.AsSpan(_lineStart[i], _lineStart[i + 1] - 1 - _lineStart[i]);

    /// <summary>Line <paramref name="i"/> normalised.</summary>
    public ReadOnlySpan<char> Normalised(int i) =>
        _changed?[i] is { } s ? s : Raw.AsSpan(_normStart[i], _normLength[i]);

    /// <summary>The length of normalised line <paramref name="i"/> (0: a blank line).</summary>
    public int NormalisedLength(int i) => _normLength[i];

    /// <summary>A hash of normalised line <paramref name="i"/> (equal lines, equal hashes; within this process).</summary>
    public int Hash(int i) => _hash[i];

    /// <summary>Normalised line <paramref name="i"/> as a string.</summary>
    public string this[int i]
    {
        get
        {
            _asStrings ??= new string?[Count];
            return _asStrings[i] ??= _changed?[i] ?? Raw.Substring(_normStart[i], _normLength[i]);
        }
    }

    public IEnumerator<string> GetEnumerator()
    {
        for (int i = 0; i < Count; i++) yield return this[i];
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Cuts <paramref name="raw"/> into lines and normalises each.</summary>
    public static SplitText Of(string raw)
    {
        var text = raw.AsSpan();
        int lines = text.Count('\n') + 1;
        var split = new SplitText(raw, lines);
        for (int i = 0, start = 0; i < lines; i++)
        {
            int end = LineEnd(text, start);
            split._lineStart[i] = start;
            var line = text[start..end];
            var (at, length) = BoilerplateRules.TrimSpaces(line);
            var trimmed = line.Slice(at, length);
            if (!BoilerplateRules.IsNormalised(trimmed))
            {
                var s = BoilerplateRules.Normalise(trimmed.ToString());
                (split._changed ??= new string?[lines])[i] = s;
                split._normLength[i] = s.Length;
                split._hash[i] = string.GetHashCode(s.AsSpan());
            }
            else
            {
                split._normStart[i] = start + at;
                split._normLength[i] = length;
                split._hash[i] = string.GetHashCode(trimmed);
            }
            start = end + 1;
        }
        split._lineStart[lines] = text.Length + 1;
        return split;
    }

    private static int LineEnd(ReadOnlySpan<char> text, int start)
    {
        int n = text[start..].IndexOf('\n');
        return n < 0 ? text.Length : start + n;
    }
}
