using NewsLens.Corpora;
using NewsLens.Topics;

namespace NewsLens.Tests.Topics;

public class LdaSamplerTests
{
    private static DocumentInfo Doc(string id) => new(id, null, null, null, null, new Dictionary<string, object?>());

    /// <summary>Rising factorial a (a+1) ... (a+n−1) = Γ(a+n)/Γ(a).</summary>
    private static double Rising(double a, int n)
    {
        double r = 1;
        for (int i = 0; i < n; i++) r *= a + i;
        return r;
    }

    [Fact]
    public void Serial_sampler_draws_from_the_exact_collapsed_posterior()
    {
        // Two documents, [w0, w1] and [w0], K = 2, V = 2, α = 0.5, β = 0.3: eight assignments z of the three tokens.
        // Collapsed joint (Griffiths & Steyvers 2004, eq. 2 and 3), up to a constant:
        // p(z, w) ∝ Π_d [Π_t Γ(n(t,d)+α)/Γ(α)] / [Γ(n_d+Kα)/Γ(Kα)] · Π_t [Π_w Γ(n(w,t)+β)/Γ(β)] / [Γ(n(t)+Vβ)/Γ(Vβ)].
        var corpus = new TopicCorpus(["w0", "w1"], [[0, 1], [0]], [Doc("a"), Doc("b")]);
        int[][] tokens = [[0, 1], [0]];
        const double alpha = 0.5, beta = 0.3;
        var exact = new double[8];
        for (int s = 0; s < 8; s++)
        {
            int[][] z = [[s & 1, (s >> 1) & 1], [(s >> 2) & 1]];
            double p = 1;
            var nwt = new int[2, 2];
            var nt = new int[2];
            for (int d = 0; d < 2; d++)
            {
                var ntd = new int[2];
                for (int i = 0; i < tokens[d].Length; i++) { ntd[z[d][i]]++; nwt[tokens[d][i], z[d][i]]++; nt[z[d][i]]++; }
                p *= Rising(alpha, ntd[0]) * Rising(alpha, ntd[1]) / Rising(2 * alpha, tokens[d].Length);
            }
            for (int t = 0; t < 2; t++)
                p *= Rising(beta, nwt[0, t]) * Rising(beta, nwt[1, t]) / Rising(2 * beta, nt[t]);
            exact[s] = p;
        }
        double total = exact.Sum();
        for (int s = 0; s < 8; s++) exact[s] /= total;

        const int runs = 20000;
        var seen = new int[8];
        for (int seed = 1; seed <= runs; seed++)
        {
            var sampler = new LdaGibbsSampler(corpus, new LdaOptions(2) { Alpha = alpha, Eta = beta, Iterations = 6, Seed = seed });
            sampler.Run(CancellationToken.None);
            var z = sampler.Assignments;
            seen[z[0][0] | (z[0][1] << 1) | (z[1][0] << 2)]++;
        }
        for (int s = 0; s < 8; s++)
        {
            double observed = seen[s] / (double)runs;
            double se = Math.Sqrt(exact[s] * (1 - exact[s]) / runs);
            Assert.True(Math.Abs(observed - exact[s]) < 4.5 * se, $"state {s}: observed {observed:F4}, exact {exact[s]:F4} (se {se:F4})");
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Counts_stay_consistent_with_the_assignments(int threads)
    {
        // With threads the blocks update the shared counts in place and the topic totals are summed after each round:
        // the counts must still equal a recount from the token assignments.
        var corpus = SyntheticCorpus.Generate(topics: 3, wordsPerTopic: 6, documents: 30, tokensPerDoc: 15, seed: 8);
        var sampler = new LdaGibbsSampler(corpus, new LdaOptions(4) { Iterations = 7, Threads = threads, Seed = 3 });
        sampler.Run(CancellationToken.None);
        var counts = sampler.Counts;
        var nwt = new int[corpus.VocabularySize * 4];
        var nt = new int[4];
        for (int d = 0; d < corpus.DocumentCount; d++)
        {
            var ndt = new int[4];
            var doc = corpus.Tokens(d);
            for (int i = 0; i < doc.Length; i++)
            {
                int t = sampler.Assignments[d][i];
                nwt[doc[i] * 4 + t]++;
                nt[t]++;
                ndt[t]++;
            }
            Assert.Equal(ndt, sampler.DocTopic.Skip(d * 4).Take(4));
        }
        Assert.Equal(nwt, counts.WordTopic);
        Assert.Equal(nt, counts.TopicTotal);
        for (int w = 0; w < corpus.VocabularySize; w++)
        {
            var nonZero = Enumerable.Range(0, 4).Where(t => nwt[w * 4 + t] > 0).ToHashSet();
            var listed = Enumerable.Range(0, counts.NonZeroCount[w]).Select(j => counts.NonZeroTopics[w * 4 + j]).ToHashSet();
            Assert.Equal(nonZero, listed);
        }
    }
}
