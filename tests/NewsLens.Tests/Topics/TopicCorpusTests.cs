using NewsLens.Corpora;
using NewsLens.Topics;

namespace NewsLens.Tests.Topics;

public class TopicCorpusTests
{
    private static DocumentInfo Doc(string id) => new(id, null, null, null, null, new Dictionary<string, object?>());

    [Fact]
    public void From_token_lists_sorts_the_vocabulary_and_drops_rare_terms()
    {
        var corpus = TopicCorpus.FromTokenLists([
            (Doc("a"), ["b", "a", "c", "b"]),
            (Doc("b"), ["a", "d"]),
        ], minCount: 2);
        Assert.Equal(["a", "b"], corpus.Vocabulary);
        Assert.Equal([1, 0, 1], corpus.Tokens(0).ToArray()); // c dropped, order kept
        Assert.Equal([0], corpus.Tokens(1).ToArray());
        Assert.Equal(4, corpus.TokenCount);
        Assert.Equal([2L, 2L], corpus.TermFrequencies());
        Assert.Equal("b", corpus.Infos[1].Id);
        Assert.Equal(-1, corpus.IdOf("c"));
    }

    [Fact]
    public void From_counts_expands_bags_of_words()
    {
        var corpus = TopicCorpus.FromCounts(["x", "y"], [new[] { (1, 2), (0, 1) }, Array.Empty<(int, int)>()], [Doc("a"), Doc("b")]);
        Assert.Equal([1, 1, 0], corpus.Tokens(0).ToArray());
        Assert.Equal(0, corpus.Tokens(1).Length);
    }

    [Fact]
    public void Bad_input_names_the_document_and_the_problem()
    {
        var outside = Assert.Throws<ArgumentException>(() => new TopicCorpus(["x"], [[0, 3]], [Doc("doc7")]));
        Assert.Contains("doc7", outside.Message);
        Assert.Contains("word id 3", outside.Message);
        var pairing = Assert.Throws<ArgumentException>(() => new TopicCorpus(["x"], [[0]], [Doc("a"), Doc("b")]));
        Assert.Contains("pair up", pairing.Message);
        var duplicate = Assert.Throws<ArgumentException>(() => new TopicCorpus(["x", "x"], [], []));
        Assert.Contains("'x' occurs twice", duplicate.Message);
        var empty = Assert.Throws<ArgumentException>(() => Lda.Fit(new TopicCorpus(["x"], [[]], [Doc("a")]), new LdaOptions(2)));
        Assert.Contains("no tokens", empty.Message);
        var never = Assert.Throws<ArgumentException>(() => new LdaOptions(2) { OptimizeAlpha = true, Iterations = 50 }.Validate());
        Assert.Contains("never be optimised", never.Message);
    }
}
