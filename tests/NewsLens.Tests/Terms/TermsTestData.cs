using System.Text.Json;
using NewsLens.Corpora;
using NewsLens.Text;

namespace NewsLens.Tests.Terms;

/// <summary>
/// Hand-made token input for the Terms tests (the real tokenizer is not needed): a text is split
/// on single spaces, each token keeps its character offsets in the text, and a token made only
/// of punctuation or symbol characters is marked <see cref="TokenKind.Punctuation"/>.
/// </summary>
internal static class TermsTestData
{
    public static TokenizedDocument Doc(string id, string text, string? outlet = null, DateTime? date = null,
        IReadOnlyDictionary<string, object?>? metadata = null)
    {
        var info = new DocumentInfo(id, null, date, outlet, null, metadata ?? new Dictionary<string, object?>());
        var tokens = new List<Token>();
        var start = 0;
        foreach (var part in text.Split(' '))
        {
            if (part.Length > 0)
            {
                var kind = part.All(ch => char.IsPunctuation(ch) || char.IsSymbol(ch)) ? TokenKind.Punctuation : TokenKind.Word;
                tokens.Add(new Token(part, start, start + part.Length, kind));
            }
            start += part.Length + 1;
        }
        return new TokenizedDocument(info, tokens);
    }

    /// <summary>Documents d1, d2, ... from texts.</summary>
    public static Tokens Tokens(params string[] texts) =>
        new(texts.Select((t, i) => Doc($"d{i + 1}", t)));

    public static string FixturePath(string name) =>
        SharedData.Repo("tests", "NewsLens.Tests", "Fixtures", "terms", name);

    /// <summary>The fixture docs.txt ("outlet TAB tokens"), documents d1..d8 with their outlet.</summary>
    public static Tokens FixtureDocs()
    {
        var lines = File.ReadAllLines(FixturePath("docs.txt")).Where(l => l.Length > 0).ToArray();
        return new Tokens(lines.Select((line, i) =>
        {
            var tab = line.IndexOf('\t');
            return Doc($"d{i + 1}", line[(tab + 1)..], outlet: line[..tab]);
        }));
    }

    public static JsonElement Json(string name) =>
        JsonDocument.Parse(File.ReadAllText(FixturePath(name))).RootElement;

    public static void Close(double expected, double actual, double tolerance = 1e-9, string? what = null)
    {
        var ok = Math.Abs(expected - actual) <= tolerance * Math.Max(1, Math.Abs(expected));
        Assert.True(ok, $"{what}: expected {expected:R}, got {actual:R}");
    }
}
