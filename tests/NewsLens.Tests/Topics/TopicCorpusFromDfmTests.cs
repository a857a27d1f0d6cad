using NewsLens.Corpora;
using NewsLens.Terms;
using NewsLens.Text;
using NewsLens.Topics;

namespace NewsLens.Tests.Topics;

public class TopicCorpusFromDfmTests
{
    private static DocumentFeatureMatrix Dfm()
    {
        var docs = new[]
        {
            new Document(new DocumentInfo("a", "A", new DateTime(2021, 1, 1), null, null, new Dictionary<string, object?>()), "rain rain storm", "rain rain storm"),
            new Document(new DocumentInfo("b", "B", null, null, null, new Dictionary<string, object?>()), "storm market market market", "storm market market market"),
        };
        return DocumentFeatureMatrix.From(Tokens.From(docs));
    }

    [Fact]
    public void Each_count_becomes_that_many_tokens_with_the_metadata_kept()
    {
        var corpus = TopicCorpus.FromDfm(Dfm());
        // Features in order of first occurrence: rain, storm, market.
        Assert.Equal(new[] { "rain", "storm", "market" }, corpus.Vocabulary);
        Assert.Equal(2, corpus.DocumentCount);
        Assert.Equal(7, corpus.TokenCount);
        Assert.Equal(new long[] { 2, 2, 3 }, corpus.TermFrequencies());
        Assert.Equal(new[] { 0, 0, 1 }, corpus.Tokens(0).ToArray());
        Assert.Equal(new[] { 1, 2, 2, 2 }, corpus.Tokens(1).ToArray());
        Assert.Equal("a", corpus.Infos[0].Id);
        Assert.Equal(new DateTime(2021, 1, 1), corpus.Infos[0].Date);
    }

    [Fact]
    public void Trimmed_features_are_left_out()
    {
        var corpus = TopicCorpus.FromDfm(Dfm().Trim(minDocFreq: 2));
        Assert.Equal(new[] { "storm" }, corpus.Vocabulary);
        Assert.Equal(2, corpus.TokenCount);
    }

    [Fact]
    public void A_weighted_matrix_is_refused_with_a_clear_message()
    {
        var weighted = Dfm().Weight(WeightScheme.Proportions);
        var e = Assert.Throws<ArgumentException>(() => TopicCorpus.FromDfm(weighted));
        Assert.Contains("weighted", e.Message);
        Assert.Contains("raw term counts", e.Message);
    }
}
