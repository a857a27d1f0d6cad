using NewsLens.Corpora.Cleaning;

namespace NewsLens.Tests.Corpora;

/// <summary><see cref="BoilerplateRules.Normalise"/> against its definition, on random lines.</summary>
public class NormaliseTests
{
    private static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is '\u200B' or '\u2060' or '\uFEFF';

    /// <summary>The definition: the words between runs of space characters, joined by single spaces.</summary>
    private static string Reference(string line)
    {
        var words = new List<string>();
        var word = new System.Text.StringBuilder();
        foreach (var c in line + " ")
        {
            if (!IsSpace(c)) { word.Append(c); continue; }
            if (word.Length > 0) words.Add(word.ToString());
            word.Clear();
        }
        return string.Join(' ', words);
    }

    [Fact]
    public void Trims_and_collapses_every_kind_of_space()
    {
        const string alphabet = "ab  \t\u00a0\u2009\u200b\u2060\ufeff\u0085\u1680\u3000’é\x1f\x1c.";
        var random = new Random(5);
        for (var trial = 0; trial < 5000; trial++)
        {
            var line = new string(Enumerable.Range(0, random.Next(0, 30)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            Assert.Equal(Reference(line), BoilerplateRules.Normalise(line));
        }
        var plain = "Already normal, with one ’curly’ quote and é.";
        Assert.Same(plain, BoilerplateRules.Normalise(plain));
    }
}
