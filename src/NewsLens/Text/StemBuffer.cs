namespace NewsLens.Text;

/// <summary>A small growable character buffer for <see cref="Porter2Stemmer"/> (cheaper than a StringBuilder).</summary>
internal sealed class StemBuffer(int capacity)
{
    private char[] _chars = new char[Math.Max(8, capacity + 4)];
    private int _length;

    public int Length
    {
        get => _length;
        set => _length = value;
    }

    public char this[int index]
    {
        get => _chars[index];
        set => _chars[index] = value;
    }

    public void Append(char c)
    {
        if (_length == _chars.Length) Array.Resize(ref _chars, _chars.Length * 2);
        _chars[_length++] = c;
    }

    public void Append(string s)
    {
        foreach (char c in s) Append(c);
    }

    public void RemoveFirst()
    {
        Array.Copy(_chars, 1, _chars, 0, _length - 1);
        _length--;
    }

    public bool Equals(string s) => AsSpan().SequenceEqual(s);

    public ReadOnlySpan<char> AsSpan() => _chars.AsSpan(0, _length);

    public override string ToString() => new(_chars, 0, _length);
}
