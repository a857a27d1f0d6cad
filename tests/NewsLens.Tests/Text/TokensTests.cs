using NewsLens.Corpora;
using NewsLens.Text;

namespace NewsLens.Tests.Text;

public class TokensTests
{
    private static readonly Document[] Docs =
    [
        Document.Create("a", "Turkey’s S-400 deal: $900 million, Mr. Putin said. See https://x.org #S400", outlet: "Express"),
        Document.Create("b", "The air defence system and the Air Defence System’s radar."),
    ];

    private static string[] Texts(Tokens t, int doc) => t[doc].Tokens.Select(x => x.Text).ToArray();

    [Fact]
    public void From_with_defaults_lowercases_and_drops_punctuation_keeping_metadata_and_order()
    {
        var t = Tokens.From(Docs);
        Assert.Equal(2, t.Count);
        Assert.Equal("Express", t[0].Info.Outlet);
        Assert.Equal(["turkey’s", "s-400", "deal", "$900", "million", "mr.", "putin", "said", "see", "https://x.org", "#s400"], Texts(t, 0));
        Assert.Equal(["the", "air", "defence", "system", "and", "the", "air", "defence", "system’s", "radar"], Texts(t, 1));
        var deal = t[0].Tokens[2];
        Assert.Equal("deal", Docs[0].Text[deal.Start..deal.End]);
        Assert.Equal(21, t.TokenCount);
    }

    [Fact]
    public void From_applies_every_option()
    {
        var o = new TokenizerOptions
        {
            Lowercase = false, RemoveNumbers = true, RemoveUrls = true, Stem = true,
            Stopwords = Stopwords.From(["said", "SEE"]), MinLength = 4,
        };
        var t = Tokens.From(Docs, o);
        // Stemming lower-cases; MinLength applies after stemming ("mr." has 3 characters).
        Assert.Equal(["turkey", "s-400", "deal", "million", "putin", "#S400"], Texts(t, 0));
    }

    [Fact]
    public void Symbols_are_kept_unless_asked_and_punctuation_can_be_kept()
    {
        var doc = new[] { Document.Create("s", "Up 5 % + more, © 2019 $ now!") };
        // "%" is punctuation (Unicode Po); "+", "©" and a lone "$" are symbols (Sm, So, Sc).
        Assert.Equal(["up", "5", "+", "more", "©", "2019", "$", "now"], Texts(Tokens.From(doc), 0));
        Assert.Equal(["up", "5", "more", "2019", "now"], Texts(Tokens.From(doc, new TokenizerOptions { RemoveSymbols = true }), 0));
        Assert.Equal(["Up", "5", "%", "+", "more", ",", "©", "2019", "$", "now", "!"],
            Texts(Tokens.From(doc, new TokenizerOptions { Lowercase = false, RemovePunctuation = false }), 0));
    }

    [Fact]
    public void Invalid_options_are_rejected_with_the_option_named()
    {
        var e = Assert.Throws<ArgumentException>(() => Tokens.From(Docs, new TokenizerOptions { MinLength = 0 }));
        Assert.Contains("MinLength", e.Message);
        Assert.Contains("1 or more", e.Message);
    }

    [Fact]
    public void From_keeps_document_order_over_many_documents_read_as_a_stream()
    {
        IEnumerable<Document> Stream()
        {
            for (int i = 0; i < 300; i++) yield return Document.Create("d" + i, $"document {i} " + new string('x', i % 7 + 1));
        }
        var t = Tokens.From(Stream());
        Assert.Equal(300, t.Count);
        for (int i = 0; i < 300; i++)
        {
            Assert.Equal("d" + i, t[i].Info.Id);
            Assert.Equal(["document", i.ToString(), new string('x', i % 7 + 1)], Texts(t, i));
        }
    }

    [Fact]
    public void Filtering_verbs()
    {
        var raw = Tokens.From(Docs, new TokenizerOptions { Lowercase = false, RemovePunctuation = false });
        Assert.Equal(["Turkey’s", "S-400", "deal", "$900", "million", "Mr.", "Putin", "said", "See", "https://x.org", "#S400"],
            Texts(raw.RemovePunctuation(), 0));
        Assert.Equal(["Turkey’s", "S-400", "deal", ":", "million", ",", "Mr.", "Putin", "said", ".", "See", "https://x.org", "#S400"],
            Texts(raw.RemoveNumbers(), 0));
        Assert.Equal(["Turkey’s", "S-400", "deal", ":", "$900", "million", ",", "Mr.", "Putin", "said", ".", "See", "#S400"],
            Texts(raw.RemoveUrls(), 0));
        Assert.Equal(["turkey’s", "s-400"], Texts(raw.ToLower(), 0)[..2]);
        Assert.Equal(["S-400", "deal", "$900", "million", "Putin", "https://x.org", "#S400"], Texts(raw.KeepMinLength(4).Remove(["Turkey’s", "SAID"]), 0));
        Assert.Equal(["deal", "Putin"], Texts(raw.Select(["DEAL", "putin"]), 0));
        // stopwords-iso lists "system" (but not "system’s")
        Assert.Equal(["air", "defence", "air", "defence", "system’s", "radar"], Texts(raw.RemoveStopwords().RemovePunctuation().ToLower(), 1));
        Assert.Equal(["The", "air", "defence", "system", "the", "Air", "Defence", "System’s", "radar", "."],
            Texts(raw.RemoveStopwords(Stopwords.From(["and"])), 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => raw.KeepMinLength(0));
        // the original is unchanged
        Assert.Equal(14, raw[0].Tokens.Count);
    }

    [Fact]
    public void Stem_stems_words_only()
    {
        var t = Tokens.From([Document.Create("x", "Generously communicating #Emergencies 2019s")]).Stem();
        Assert.Equal(["generous", "communic", "#emergencies", "2019s"], Texts(t, 0));
    }

    [Fact]
    public void NGrams_join_adjacent_tokens_within_each_document_with_spans()
    {
        var t = Tokens.From(Docs).NGrams(2);
        Assert.Equal(["the_air", "air_defence", "defence_system", "system_and", "and_the", "the_air", "air_defence", "defence_system’s", "system’s_radar"],
            Texts(t, 1));
        var first = t[1].Tokens[1];
        Assert.Equal("air defence", Docs[1].Text[first.Start..first.End]);
        Assert.Equal(TokenKind.Compound, first.Kind);

        var mixed = Tokens.From([Document.Create("m", "a b c")]).NGrams(1, 3);
        Assert.Equal(["a", "a_b", "a_b_c", "b", "b_c", "c"], Texts(mixed, 0));
        Assert.Equal(TokenKind.Word, mixed[0].Tokens[0].Kind);
        Assert.Empty(Tokens.From([Document.Create("m", "a b")]).NGrams(3)[0].Tokens);
        Assert.Throws<ArgumentOutOfRangeException>(() => mixed.NGrams(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => mixed.NGrams(3, 2));
    }

    [Fact]
    public void Compound_joins_phrases_case_insensitively_longest_first()
    {
        var raw = Tokens.From(Docs, new TokenizerOptions { Lowercase = false });
        var t = raw.Compound(["air defence system", "air defence", "defence system’s"]);
        Assert.Equal(["The", "air_defence_system", "and", "the", "Air_Defence", "System’s", "radar"], Texts(t, 1));
        var c = t[1].Tokens[1];
        Assert.Equal((4, 22, TokenKind.Compound), (c.Start, c.End, c.Kind));
        Assert.Equal("air defence system", Docs[1].Text[c.Start..c.End]);

        var asArrays = raw.Compound(new[] { new[] { "system’s", "radar" } });
        Assert.Equal("System’s_radar", Texts(asArrays, 1)[^1]);
        Assert.Throws<ArgumentException>(() => raw.Compound([" "]));
        Assert.Throws<ArgumentException>(() => raw.Compound(new[] { Array.Empty<string>() }));
    }

    [Fact]
    public void SplitPossessive_option_reaches_the_tokenizer()
    {
        var t = Tokens.From(Docs, new TokenizerOptions { SplitPossessive = true });
        Assert.Equal(["turkey", "’s", "s-400"], Texts(t, 0)[..3]);
    }

    [Fact]
    public void Tokens_map_to_their_sentences()
    {
        const string text = "First one here. Second, shorter.\n\nThird";
        var doc = Tokens.From([Document.Create("s", text)], new TokenizerOptions { RemovePunctuation = false })[0];
        var sentences = SentenceSplitter.Split(text);
        Assert.Equal([0, 0, 0, 0, 1, 1, 1, 1, 2], doc.SentenceIndices(sentences));
        Assert.Equal([-1, -1], (doc with { Tokens = doc.Tokens.Take(2).ToArray() }).SentenceIndices([]));
    }
}
