using NewsLens.Topics;

namespace NewsLens.Tests.Topics;

/// <summary>
/// <see cref="LdaOptions.AveragedSweeps"/>: φ and θ from the counts averaged over the last sweeps of the chain
/// (Nguyen, Hu &amp; Boyd-Graber, EMNLP 2014). Every sweep's random numbers depend only on (seed, thread, sweep), so a
/// run of N sweeps is a prefix of a run of N + 1 sweeps: the reference average is computed from separate shorter runs.
/// </summary>
public class LdaAveragingTests
{
    private static readonly TopicCorpus Corpus = SyntheticCorpus.Generate(topics: 3, wordsPerTopic: 8, documents: 40, tokensPerDoc: 20, seed: 9);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Averaged_counts_are_the_mean_of_the_last_sweeps_samples(int threads)
    {
        const int iterations = 12, averaged = 4, k = 3;
        var options = new LdaOptions(k) { Iterations = iterations, Threads = threads, Seed = 5 };
        var expectedWordTopic = new double[Corpus.VocabularySize * k];
        var expectedDocTopic = new double[Corpus.DocumentCount * k];
        for (int n = iterations - averaged + 1; n <= iterations; n++)
        {
            var shorter = new LdaGibbsSampler(Corpus, options with { Iterations = n });
            shorter.Run(CancellationToken.None);
            for (int i = 0; i < expectedWordTopic.Length; i++) expectedWordTopic[i] += shorter.Counts.WordTopic[i] / (double)averaged;
            for (int i = 0; i < expectedDocTopic.Length; i++) expectedDocTopic[i] += shorter.DocTopic[i] / (double)averaged;
        }

        var sampler = new LdaGibbsSampler(Corpus, options with { AveragedSweeps = averaged });
        sampler.Run(CancellationToken.None);

        Assert.Equal(expectedWordTopic.Length, sampler.WordTopicEstimate.Length);
        for (int i = 0; i < expectedWordTopic.Length; i++) Assert.Equal(expectedWordTopic[i], sampler.WordTopicEstimate[i], 9);
        for (int i = 0; i < expectedDocTopic.Length; i++) Assert.Equal(expectedDocTopic[i], sampler.DocTopicEstimate[i], 9);
        for (int t = 0; t < k; t++)
        {
            double total = 0;
            for (int w = 0; w < Corpus.VocabularySize; w++) total += expectedWordTopic[w * k + t];
            Assert.Equal(total, sampler.TopicTotalEstimate[t], 9);
        }
        // The averaged estimate differs from the final sample (the chain moved during the last sweeps).
        Assert.NotEqual(sampler.Counts.WordTopic.Select(n => (double)n), sampler.WordTopicEstimate);
    }

    [Fact]
    public void Phi_uses_the_averaged_counts_and_stays_normalised()
    {
        const int k = 3;
        var options = new LdaOptions(k) { Iterations = 30, AveragedSweeps = 10, Seed = 2 };
        var model = Lda.Fit(Corpus, options);
        var sampler = new LdaGibbsSampler(Corpus, options);
        sampler.Run(CancellationToken.None);
        var phi = model.TopicWordDistribution;
        int v = Corpus.VocabularySize;
        for (int t = 0; t < k; t++)
        {
            double denominator = sampler.TopicTotalEstimate[t] + v * options.Eta;
            for (int w = 0; w < v; w++)
                Assert.Equal((sampler.WordTopicEstimate[w * k + t] + options.Eta) / denominator, phi[t][w], 12);
            Assert.Equal(1.0, phi[t].Sum(), 9);
        }
        foreach (var document in model.DocumentTopics)
            Assert.Equal(1.0, document.Weights.Sum(), 9);
    }

    [Fact]
    public void One_averaged_sweep_is_the_final_sample()
    {
        var options = new LdaOptions(3) { Iterations = 25, Seed = 4 };
        var final = Lda.Fit(Corpus, options);
        var one = Lda.Fit(Corpus, options with { AveragedSweeps = 1 });
        Assert.Equal(final.TopicWordDistribution.SelectMany(r => r), one.TopicWordDistribution.SelectMany(r => r));
        Assert.Equal(final.DocumentTopics.SelectMany(d => d.Weights), one.DocumentTopics.SelectMany(d => d.Weights));
    }

    [Fact]
    public void Averaged_sweeps_outside_zero_to_iterations_are_rejected_with_the_range()
    {
        var tooMany = Assert.Throws<ArgumentException>(() => Lda.Fit(Corpus, new LdaOptions(3) { Iterations = 20, AveragedSweeps = 21 }));
        Assert.Contains("AveragedSweeps is 21", tooMany.Message);
        Assert.Contains("Iterations (20)", tooMany.Message);
        var negative = Assert.Throws<ArgumentException>(() => new LdaOptions(3) { AveragedSweeps = -1 }.Validate());
        Assert.Contains("AveragedSweeps is -1", negative.Message);
    }
}
