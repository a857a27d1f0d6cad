using NewsLens.Corpora;
using NewsLens.Topics;

namespace NewsLens.Tests.Topics;

/// <summary>
/// Corpora generated from known topics: topic j owns the words "tJ_wI" (disjoint vocabularies, uniform within
/// the topic). Each document draws a mixture that puts <c>purity</c> of its mass on one topic and spreads the
/// rest evenly, then draws its tokens. Generated with System.Random(seed) so the test data is fixed.
/// </summary>
internal static class SyntheticCorpus
{
    public static TopicCorpus Generate(int topics, int wordsPerTopic, int documents, int tokensPerDoc, int seed, double purity = 0.9,
        DateTime? start = null)
    {
        var rng = new Random(seed);
        var docs = new List<(DocumentInfo, IEnumerable<string>)>();
        for (int d = 0; d < documents; d++)
        {
            int main = d % topics;
            var tokens = new List<string>();
            for (int i = 0; i < tokensPerDoc; i++)
            {
                int t = rng.NextDouble() < purity ? main : rng.Next(topics);
                tokens.Add($"t{t}_w{rng.Next(wordsPerTopic)}");
            }
            var date = start?.AddDays(d);
            docs.Add((new DocumentInfo($"d{d}", null, date, null, null, new Dictionary<string, object?>()), tokens));
        }
        return TopicCorpus.FromTokenLists(docs);
    }

    public static int TrueTopicOf(string term) => int.Parse(term[1..term.IndexOf('_')]);
}
