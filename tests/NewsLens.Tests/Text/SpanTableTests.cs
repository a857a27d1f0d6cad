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
}
