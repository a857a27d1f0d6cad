using NewsLens.Topics;

namespace NewsLens.Tests.Topics;

public class NmfTests
{
    private static readonly TopicCorpus Synthetic = SyntheticCorpus.Generate(topics: 3, wordsPerTopic: 12, documents: 150, tokensPerDoc: 40, seed: 21);

    [Theory]
    [InlineData(NmfWeighting.Count)]
    [InlineData(NmfWeighting.TfIdf)]
    public void Recovers_three_topics_over_disjoint_vocabularies(NmfWeighting weighting)
    {
        var model = Nmf.Fit(Synthetic, new NmfOptions(3) { Weighting = weighting, MaxIterations = 300, Seed = 2 });
        var phi = model.TopicWordDistribution;
        var matched = new HashSet<int>();
        for (int trueTopic = 0; trueTopic < 3; trueTopic++)
        {
            var mass = phi.Select(row => Enumerable.Range(0, row.Length)
                .Where(w => SyntheticCorpus.TrueTopicOf(model.Vocabulary[w]) == trueTopic).Sum(w => row[w])).ToArray();
            int best = Array.IndexOf(mass, mass.Max());
            Assert.True(mass[best] > 0.85, $"true topic {trueTopic}: best topic {best} has {mass[best]:F3} of its mass on the topic's words");
            matched.Add(best);
        }
        Assert.Equal(3, matched.Count);
        Assert.All(model.DocumentTopics, d => Assert.Equal(1.0, d.Weights.Sum(), 9));
        Assert.Equal(1.0, model.Topics.Sum(t => t.Share), 9);
    }

    [Fact]
    public void The_error_never_increases_and_same_seed_gives_same_result()
    {
        // Lee & Seung (2001), Theorem 1: the Frobenius objective is non-increasing under the updates.
        var options = new NmfOptions(4) { MaxIterations = 60, Tolerance = 0, Seed = 5 };
        var a = Nmf.Fit(Synthetic, options);
        for (int i = 1; i < a.ErrorHistory.Count; i++)
            Assert.True(a.ErrorHistory[i] <= a.ErrorHistory[i - 1] * (1 + 1e-12), $"error rose at round {i}");
        Assert.Equal(60, a.Iterations);
        Assert.False(a.Converged);
        var b = Nmf.Fit(Synthetic, options);
        var c = Nmf.Fit(Synthetic, options with { Seed = 6 });
        Assert.Equal(a.TopicWordDistribution.SelectMany(r => r), b.TopicWordDistribution.SelectMany(r => r));
        Assert.NotEqual(a.TopicWordDistribution.SelectMany(r => r), c.TopicWordDistribution.SelectMany(r => r));
    }

    [Fact]
    public void One_update_round_matches_a_hand_computation()
    {
        // X = [[1, 2], [3, 4]] (rows documents), K = 1, W = [1, 1]ᵀ, H = [1, 1].
        // H ← H ∘ WᵀX / (WᵀW H): WᵀX = [4, 6], WᵀW = 2, WᵀWH = [2, 2] → H = [2, 3].
        // W ← W ∘ XHᵀ / (W H Hᵀ): XHᵀ = [1·2 + 2·3, 3·2 + 4·3] = [8, 18], HHᵀ = 13 → W = [8/13, 18/13].
        var x = new SparseRowMatrix(2, 2, [0, 2, 4], [0, 1, 0, 1], [1, 2, 3, 4]);
        double[] w = [1, 1], h = [1, 1];
        Nmf.Update(x, w, h, 1);
        Assert.Equal([2.0, 3.0], h);
        Assert.Equal(8.0 / 13, w[0], 14);
        Assert.Equal(18.0 / 13, w[1], 14);
        // ‖X − WH‖²: WH = [[16/13, 24/13], [36/13, 54/13]].
        double expected = Math.Pow(1 - 16.0 / 13, 2) + Math.Pow(2 - 24.0 / 13, 2) + Math.Pow(3 - 36.0 / 13, 2) + Math.Pow(4 - 54.0 / 13, 2);
        Assert.Equal(expected, Nmf.SquaredError(x, w, h, 1, x.SquaredNorm()), 12);
    }

    [Fact]
    public void Invalid_options_are_named()
    {
        var ex = Assert.Throws<ArgumentException>(() => Nmf.Fit(Synthetic, new NmfOptions(2) { MaxIterations = 0 }));
        Assert.Contains("MaxIterations", ex.Message);
        var weighting = Assert.Throws<ArgumentException>(() => Nmf.Fit(Synthetic, new NmfOptions(2) { Weighting = (NmfWeighting)7 }));
        Assert.Contains("Count, TfIdf", weighting.Message);
    }
}
