using NewsLens.Text;

namespace NewsLens.Tests.Text;

public class SpanTableTests
{
    [Fact]
    public void Finds_every_key_added_through_growth_and_only_those()
    {
        var table = new SpanTable();
        var expected = new Dictionary<string, int>(StringComparer.Ordinal);
        var random = new Random(7);
        while (expected.Count < 5000)
        {
            var key = new string(Enumerable.Range(0, random.Next(1, 9)).Select(_ => (char)random.Next('a', 'f')).ToArray());
            if (expected.ContainsKey(key)) continue;
            Assert.False(table.TryGetValue(key, out _));
            table.Add(key, expected.Count);
            expected[key] = expected.Count;
        }
        Assert.Equal(5000, table.Count);
        foreach (var (key, value) in expected)
        {
            Assert.True(table.TryGetValue(("x" + key + "y").AsSpan(1, key.Length), out var found), key);
            Assert.Equal(value, found);
        }
        Assert.False(table.TryGetValue("zzz", out _));
        Assert.Throws<ArgumentException>(() => table.Add("", 1));
    }

    [Fact]
    public void Keys_of_every_length_match_only_themselves_character_for_character()
    {
        // Keys from 1 to 40 characters (the comparison works four characters at a time up to 16, then vectorised),
        // each with variants that differ in one position only, so every position of the comparison is exercised.
        var table = new SpanTable();
        var keys = new List<string>();
        var random = new Random(11);
        for (int length = 1; length <= 40; length++)
        {
            var key = new string(Enumerable.Range(0, length).Select(_ => (char)random.Next('a', 'z' + 1)).ToArray());
            keys.Add(key);
            table.Add(key, keys.Count - 1);
        }
        for (int k = 0; k < keys.Count; k++)
        {
            Assert.True(table.TryGetValue(keys[k], out var value));
            Assert.Equal(k, value);
            for (int position = 0; position < keys[k].Length; position++)
            {
                var chars = keys[k].ToCharArray();
                chars[position] = chars[position] == 'é' ? 'e' : 'é';
                Assert.False(table.TryGetValue(new string(chars), out _), $"length {keys[k].Length}, position {position}");
            }
        }
    }

    [Fact]
    public void The_in_line_key_comparison_agrees_with_SequenceEqual_at_every_length_and_position()
    {
        var random = new Random(5);
        for (int length = 1; length <= 24; length++)
        {
            var key = Enumerable.Range(0, length).Select(_ => (char)random.Next(0x20, 0x3000)).ToArray();
            for (int offset = 0; offset < 3; offset++)
            {
                var stored = new char[offset + length + 2];
                key.CopyTo(stored, offset);
                Assert.True(SpanTable.SameChars(key, stored, offset));
                for (int position = 0; position < length; position++)
                {
                    var other = (char[])stored.Clone();
                    other[offset + position] ^= (char)(1 << random.Next(16));
                    Assert.Equal(key.AsSpan().SequenceEqual(other.AsSpan(offset, length)), SpanTable.SameChars(key, other, offset));
                    Assert.False(SpanTable.SameChars(key, other, offset), $"length {length}, offset {offset}, position {position}");
                }
            }
        }
    }
}
