using NewsLens.Corpora;
using NewsLens.Topics;

namespace NewsLens.Tests.Topics;

public class LdaTests
{
    private static readonly TopicCorpus Synthetic = SyntheticCorpus.Generate(topics: 3, wordsPerTopic: 12, documents: 200, tokensPerDoc: 40, seed: 7);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Recovers_three_topics_over_disjoint_vocabularies(int threads)
    {
        var model = Lda.Fit(Synthetic, new LdaOptions(3) { Iterations = 200, Seed = 3, Threads = threads });
        var phi = model.TopicWordDistribution;
        var matched = new HashSet<int>();
        for (int trueTopic = 0; trueTopic < 3; trueTopic++)
        {
            // Mass each learnt topic puts on the true topic's words.
            var mass = phi.Select(row => Enumerable.Range(0, row.Length)
                .Where(w => SyntheticCorpus.TrueTopicOf(model.Vocabulary[w]) == trueTopic).Sum(w => row[w])).ToArray();
            int best = Array.IndexOf(mass, mass.Max());
            Assert.True(mass[best] > 0.9, $"true topic {trueTopic}: best learnt topic {best} has only {mass[best]:F3} of its mass on the topic's words");
            matched.Add(best);
        }
        Assert.Equal(3, matched.Count); // one learnt topic per true topic
        // Documents are dominated by their generating topic.
        var docTopicOfTrue = new int[3];
        for (int t = 0; t < 3; t++)
            docTopicOfTrue[t] = model.DocumentTopics[t].DominantTopic;
        int agree = model.DocumentTopics.Select((dt, d) => dt.DominantTopic == docTopicOfTrue[d % 3] ? 1 : 0).Sum();
        Assert.True(agree >= 190, $"only {agree} of 200 documents have their generating topic dominant");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Same_seed_gives_bit_identical_results_and_another_seed_differs(int threads)
    {
        var options = new LdaOptions(4) { Iterations = 30, Seed = 11, Threads = threads };
        var a = Lda.Fit(Synthetic, options);
        var b = Lda.Fit(Synthetic, options);
        var c = Lda.Fit(Synthetic, options with { Seed = 12 });
        Assert.Equal(Flatten(a.TopicWordDistribution), Flatten(b.TopicWordDistribution));
        Assert.Equal(a.DocumentTopics.SelectMany(d => d.Weights), b.DocumentTopics.SelectMany(d => d.Weights));
        Assert.Equal(a.LogLikelihood, b.LogLikelihood);
        Assert.NotEqual(Flatten(a.TopicWordDistribution), Flatten(c.TopicWordDistribution));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Cancellation_stops_every_thread_and_is_reported(int threads)
    {
        // The threaded sampler's workers wait at a barrier between rounds: a cancellation must release them all
        // (no hang) and surface as OperationCanceledException on the caller.
        using var cancel = new CancellationTokenSource();
        var options = new LdaOptions(4) { Iterations = 1_000_000, Threads = threads };
        cancel.CancelAfter(TimeSpan.FromMilliseconds(200));
        var fit = Task.Run(() => Lda.Fit(Synthetic, options, cancel.Token));
        var finished = await Task.WhenAny(fit, Task.Delay(TimeSpan.FromMinutes(2)));
        Assert.Same(fit, finished);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => fit);
    }

    [Fact]
    public void Threaded_sampling_with_alpha_optimisation_is_reproducible()
    {
        // α is re-estimated between sweeps by the barrier's phase action: the same seed must still give the same α.
        var options = new LdaOptions(4) { Iterations = 40, Threads = 2, OptimizeAlpha = true, BurnIn = 10, OptimizeInterval = 5 };
        var a = Lda.Fit(Synthetic, options);
        var b = Lda.Fit(Synthetic, options);
        Assert.Equal(a.Alpha, b.Alpha);
        Assert.NotEqual(Enumerable.Repeat(options.Alpha, 4), a.Alpha);
    }

    [Fact]
    public void Distributions_are_normalised_and_metadata_travels()
    {
        var model = Lda.Fit(Synthetic, new LdaOptions(3) { Iterations = 20 });
        foreach (var row in model.TopicWordDistribution)
            Assert.Equal(1.0, row.Sum(), 9);
        Assert.Equal(200, model.DocumentTopics.Count);
        for (int d = 0; d < 200; d++)
        {
            Assert.Same(Synthetic.Infos[d], model.DocumentTopics[d].Info);
            Assert.Equal(1.0, model.DocumentTopics[d].Weights.Sum(), 9);
        }
        Assert.Equal(1.0, model.Topics.Sum(t => t.Share), 9);
        Assert.All(model.Topics, t => Assert.Equal(10, t.ByProbability.Count));
    }

    [Fact]
    public void Gibbs_sampling_raises_the_log_likelihood_from_a_random_start()
    {
        var early = Lda.Fit(Synthetic, new LdaOptions(3) { Iterations = 1, Seed = 5 });
        var late = Lda.Fit(Synthetic, new LdaOptions(3) { Iterations = 100, Seed = 5 });
        Assert.True(late.LogLikelihood > early.LogLikelihood + 100,
            $"log-likelihood {early.LogLikelihood:F1} after 1 sweep vs {late.LogLikelihood:F1} after 100");
    }

    [Fact]
    public void Held_out_perplexity_is_close_to_that_of_the_generating_model()
    {
        var heldOut = SyntheticCorpus.Generate(topics: 3, wordsPerTopic: 12, documents: 60, tokensPerDoc: 40, seed: 99);
        var model = Lda.Fit(Synthetic, new LdaOptions(3) { Iterations = 200, Seed = 2 });
        var result = model.Perplexity(heldOut, iterations: 50, seed: 1);
        Assert.Equal(60 * 20, result.ScoredTokens);
        Assert.Equal(0, result.UnknownTokens);
        // Reference: the generating model knows each document's mixture (0.9 on its topic + 0.1 spread
        // evenly over all 3) and words uniform within a topic: p(w) = (0.9 + 0.1/3)/12 for the main topic's
        // words and (0.1/3)/12 otherwise; expected perplexity = exp(entropy of that 36-word distribution).
        double pMain = (0.9 + 0.1 / 3) / 12, pOther = 0.1 / 3 / 12;
        double entropy = -(12 * pMain * Math.Log(pMain) + 24 * pOther * Math.Log(pOther));
        double truePerplexity = Math.Exp(entropy);
        Assert.InRange(result.Perplexity, truePerplexity * 0.9, truePerplexity * 1.25);
        Assert.True(result.Perplexity < 36 / 2.0, "far better than the uniform model over 36 words");
    }

    [Fact]
    public void Infer_assigns_new_documents_to_the_topic_of_their_words()
    {
        var model = Lda.Fit(Synthetic, new LdaOptions(3) { Iterations = 150, Seed = 4 });
        var info = new DocumentInfo("new", null, null, null, null, new Dictionary<string, object?>());
        var fresh = TopicCorpus.FromTokenLists([(info, ["t1_w0", "t1_w3", "t1_w5", "t1_w7", "unknownword", "t1_w2"])]);
        var inferred = model.Infer(fresh, iterations: 40, seed: 3);
        int expected = model.DocumentTopics[1].DominantTopic; // document 1 was generated from topic 1
        Assert.Equal(expected, inferred[0].DominantTopic);
        Assert.True(inferred[0].Weights[expected] > 0.7);
        Assert.Same(info, inferred[0].Info);
    }

    [Fact]
    public void Alpha_optimisation_learns_an_asymmetric_prior_for_unequal_topics()
    {
        // Topic 0 generates 3/4 of the documents: its α should end up larger than the others'.
        var docs = new List<(DocumentInfo, IEnumerable<string>)>();
        var rng = new Random(5);
        for (int d = 0; d < 200; d++)
        {
            int topic = d % 4 == 3 ? 1 + rng.Next(2) : 0;
            var tokens = Enumerable.Range(0, 30).Select(_ => $"t{topic}_w{rng.Next(10)}").ToArray();
            docs.Add((new DocumentInfo($"d{d}", null, null, null, null, new Dictionary<string, object?>()), tokens));
        }
        var corpus = TopicCorpus.FromTokenLists(docs);
        var model = Lda.Fit(corpus, new LdaOptions(3) { Iterations = 150, BurnIn = 50, OptimizeInterval = 10, OptimizeAlpha = true });
        var big = model.Topics.OrderByDescending(t => t.Share).First().Topic;
        Assert.True(model.Alpha.Distinct().Count() == 3, "alpha stays symmetric");
        Assert.Equal(big, model.Alpha.Select((a, i) => (a, i)).MaxBy(x => x.a).i);
    }

    [Fact]
    public void Relevance_ranks_by_lambda_formula()
    {
        var model = Lda.Fit(Synthetic, new LdaOptions(3) { Iterations = 50 });
        var freq = Synthetic.TermFrequencies();
        double total = Synthetic.TokenCount;
        var phi = model.TopicWordDistribution;
        var topic = model.GetTopics(topN: 5, lambda: 0.3)[0];
        foreach (var term in topic.ByRelevance)
        {
            int w = Synthetic.IdOf(term.Term);
            double expected = 0.3 * Math.Log(phi[0][w]) + 0.7 * Math.Log(phi[0][w] / (freq[w] / total));
            Assert.Equal(expected, term.Relevance, 12);
        }
        Assert.True(topic.ByRelevance.Zip(topic.ByRelevance.Skip(1)).All(p => p.First.Relevance >= p.Second.Relevance));
        var byLambdaOne = model.GetTopics(topN: 5, lambda: 1.0)[0];
        Assert.Equal(byLambdaOne.ByProbability.Select(t => t.Term), byLambdaOne.ByRelevance.Select(t => t.Term));
    }

    [Theory]
    [InlineData(1, "TopicCount")]
    [InlineData(3, "Alpha")]
    public void Invalid_options_are_named(int k, string expectedName)
    {
        var options = new LdaOptions(k) { Alpha = k == 3 ? -1 : 0.1 };
        var ex = Assert.Throws<ArgumentException>(() => Lda.Fit(Synthetic, options));
        Assert.Contains(expectedName, ex.Message);
    }

    [Fact]
    public void Log_gamma_matches_factorials_and_half_integer_values()
    {
        Assert.Equal(0.0, SpecialFunctions.LogGamma(1), 13);
        Assert.Equal(Math.Log(120), SpecialFunctions.LogGamma(6), 12);
        Assert.Equal(0.5 * Math.Log(Math.PI), SpecialFunctions.LogGamma(0.5), 12);
        Assert.Equal(Math.Log(Math.Sqrt(Math.PI) / 2), SpecialFunctions.LogGamma(1.5), 12);
        // ln Γ(0.01) = ln(Γ(1.01)/0.01); Γ(1.01) = 0.99432585119150603 (tables)
        Assert.Equal(Math.Log(0.99432585119150603 / 0.01), SpecialFunctions.LogGamma(0.01), 11);
    }

    private static double[] Flatten(double[][] m) => m.SelectMany(r => r).ToArray();
}
