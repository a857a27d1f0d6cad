namespace NewsLens.Topics;

/// <summary>A fitted LDA model: topics, document mixtures, likelihood, held-out perplexity and inference.</summary>
public sealed class LdaModel : ITopicModel
{
    private readonly string[] _vocabulary;
    private readonly double[][] _phi;
    private readonly double[] _alpha;
    private readonly double[] _termShare;
    private readonly double[] _topicShare;
    private Dictionary<string, int>? _index;

    private LdaModel(string[] vocabulary, double[][] phi, double[] alpha, double eta, double[] termShare, double[] topicShare,
        IReadOnlyList<DocumentTopics> documentTopics, double logLikelihood, LdaOptions options)
    {
        _vocabulary = vocabulary;
        _phi = phi;
        _alpha = alpha;
        Eta = eta;
        _termShare = termShare;
        _topicShare = topicShare;
        DocumentTopics = documentTopics;
        LogLikelihood = logLikelihood;
        Options = options;
        Topics = GetTopics();
    }

    internal static LdaModel FromSampler(TopicCorpus corpus, LdaOptions options, LdaGibbsSampler sampler)
    {
        int k = options.TopicCount, v = corpus.VocabularySize;
        var counts = sampler.Counts;
        var wordTopic = sampler.WordTopicEstimate;
        var topicTotal = sampler.TopicTotalEstimate;
        var docTopic = sampler.DocTopicEstimate;
        var alpha = (double[])sampler.Alpha.Clone();
        double alphaSum = alpha.Sum();
        double eta = options.Eta;
        var phi = new double[k][];
        for (int t = 0; t < k; t++)
        {
            phi[t] = new double[v];
            double denom = topicTotal[t] + v * eta;
            for (int w = 0; w < v; w++) phi[t][w] = (wordTopic[w * k + t] + eta) / denom;
        }
        var docs = new DocumentTopics[corpus.DocumentCount];
        for (int d = 0; d < corpus.DocumentCount; d++)
        {
            int n = corpus.Tokens(d).Length;
            var theta = new double[k];
            for (int t = 0; t < k; t++) theta[t] = (docTopic[d * k + t] + alpha[t]) / (n + alphaSum);
            docs[d] = new DocumentTopics(corpus.Infos[d], theta);
        }
        var freq = corpus.TermFrequencies();
        double total = corpus.TokenCount;
        var termShare = freq.Select(f => f / total).ToArray();
        var topicShare = topicTotal.Select(n => n / total).ToArray();
        double ll = JointLogLikelihood(corpus, counts, sampler.DocTopic, alpha, eta);
        return new LdaModel(corpus.Vocabulary.ToArray(), phi, alpha, eta, termShare, topicShare, docs, ll, options);
    }

    /// <summary>
    /// log p(w, z | α, β) of the final sample (Griffiths &amp; Steyvers 2004, eq. 2, plus the Dirichlet-multinomial
    /// term of z): Σ_t [ln Γ(Vβ) − V ln Γ(β) + Σ_w ln Γ(n(w,t) + β) − ln Γ(n(t) + Vβ)]
    /// + Σ_d [ln Γ(α₀) − Σ_t ln Γ(α_t) + Σ_t ln Γ(n(t,d) + α_t) − ln Γ(n_d + α₀)].
    /// </summary>
    internal static double JointLogLikelihood(TopicCorpus corpus, TopicWordCounts counts, int[] docTopic, double[] alpha, double eta)
    {
        int k = alpha.Length, v = corpus.VocabularySize;
        double lgEta = SpecialFunctions.LogGamma(eta);
        double ll = 0;
        for (int t = 0; t < k; t++)
        {
            ll += SpecialFunctions.LogGamma(v * eta) - SpecialFunctions.LogGamma(counts.TopicTotal[t] + v * eta);
            for (int w = 0; w < v; w++)
            {
                int n = counts.WordTopic[w * k + t];
                if (n > 0) ll += SpecialFunctions.LogGamma(n + eta) - lgEta;
            }
        }
        double alphaSum = alpha.Sum();
        var lgAlpha = alpha.Select(SpecialFunctions.LogGamma).ToArray();
        double lgAlphaSum = SpecialFunctions.LogGamma(alphaSum);
        for (int d = 0; d < corpus.DocumentCount; d++)
        {
            ll += lgAlphaSum - SpecialFunctions.LogGamma(corpus.Tokens(d).Length + alphaSum);
            for (int t = 0; t < k; t++)
            {
                int n = docTopic[d * k + t];
                if (n > 0) ll += SpecialFunctions.LogGamma(n + alpha[t]) - lgAlpha[t];
            }
        }
        return ll;
    }

    /// <summary>The options the model was fitted with.</summary>
    public LdaOptions Options { get; }

    /// <inheritdoc />
    public IReadOnlyList<string> Vocabulary => _vocabulary;

    /// <inheritdoc />
    public int TopicCount => _phi.Length;

    /// <summary>The document-topic prior α per topic (all equal unless <see cref="LdaOptions.OptimizeAlpha"/>).</summary>
    public IReadOnlyList<double> Alpha => _alpha;

    /// <summary>The topic-word prior β (η).</summary>
    public double Eta { get; }

    /// <inheritdoc />
    public double[][] TopicWordDistribution => _phi.Select(r => (double[])r.Clone()).ToArray();

    /// <inheritdoc />
    public IReadOnlyList<DocumentTopics> DocumentTopics { get; }

    /// <summary>log p(w, z) of the final Gibbs sample (natural log); higher is better for the same corpus and priors.</summary>
    public double LogLikelihood { get; }

    /// <inheritdoc />
    public IReadOnlyList<TopicSummary> Topics { get; }

    /// <inheritdoc />
    public IReadOnlyList<TopicSummary> GetTopics(int topN = 10, double lambda = 0.6) =>
        TopicTermRanking.Summarise(_phi, _vocabulary, _termShare, _topicShare, topN, lambda);

    /// <summary>
    /// Topic mixtures of new documents with φ held fixed: per document, Gibbs sampling of its tokens' topics
    /// with p(z = t) ∝ (n(t,d) + α_t) φ(t,w) for <paramref name="iterations"/> sweeps, θ averaged over the
    /// second half of the sweeps. Terms unknown to the model are ignored (a document without known terms gets θ = α / α₀).
    /// </summary>
    /// <param name="documents">The documents (their own vocabulary is mapped to the model's by term).</param>
    /// <param name="iterations">Sweeps per document (at least 2).</param>
    /// <param name="seed">Seed; each document's generator is seeded from (seed, document index).</param>
    public IReadOnlyList<DocumentTopics> Infer(TopicCorpus documents, int iterations = 100, int seed = 1)
    {
        ArgumentNullException.ThrowIfNull(documents);
        CheckIterations(iterations);
        var map = MapVocabulary(documents);
        var result = new DocumentTopics[documents.DocumentCount];
        for (int d = 0; d < documents.DocumentCount; d++)
        {
            var ids = MapTokens(documents.Tokens(d), map, out _);
            result[d] = new DocumentTopics(documents.Infos[d], FoldIn(ids, iterations, new SeededRandom(seed, d)));
        }
        return result;
    }

    /// <summary>
    /// Held-out perplexity by document completion (Wallach, Murray, Salakhutdinov &amp; Mimno, ICML 2009):
    /// each held-out document's known tokens are split in text order; θ is estimated by fold-in Gibbs sampling
    /// (as in <see cref="Infer"/>) on the first half, and the second half is scored with
    /// p(w) = Σ_t θ(t) φ(t,w). Perplexity = exp(−Σ ln p(w) / number of scored tokens). Terms unknown to the
    /// model are skipped and counted.
    /// </summary>
    /// <param name="heldOut">Documents not used in training.</param>
    /// <param name="iterations">Fold-in sweeps per document (at least 2).</param>
    /// <param name="seed">Seed; each document's generator is seeded from (seed, document index).</param>
    public PerplexityResult Perplexity(TopicCorpus heldOut, int iterations = 100, int seed = 1)
    {
        ArgumentNullException.ThrowIfNull(heldOut);
        CheckIterations(iterations);
        var map = MapVocabulary(heldOut);
        double logLik = 0;
        long scored = 0, unknown = 0;
        for (int d = 0; d < heldOut.DocumentCount; d++)
        {
            var ids = MapTokens(heldOut.Tokens(d), map, out int skipped);
            unknown += skipped;
            int half = ids.Length / 2;
            var theta = FoldIn(ids.AsSpan(0, half).ToArray(), iterations, new SeededRandom(seed, d));
            for (int i = half; i < ids.Length; i++)
            {
                double p = 0;
                for (int t = 0; t < theta.Length; t++) p += theta[t] * _phi[t][ids[i]];
                logLik += Math.Log(p);
                scored++;
            }
        }
        if (scored == 0)
            throw new ArgumentException(
                $"LdaModel.Perplexity: none of the held-out tokens is in the model's vocabulary ({unknown} unknown tokens); nothing to score.",
                nameof(heldOut));
        return new PerplexityResult(Math.Exp(-logLik / scored), logLik, scored, unknown);
    }

    private double[] FoldIn(int[] ids, int iterations, SeededRandom rng)
    {
        int k = _phi.Length;
        double alphaSum = _alpha.Sum();
        var theta = new double[k];
        if (ids.Length == 0)
        {
            for (int t = 0; t < k; t++) theta[t] = _alpha[t] / alphaSum;
            return theta;
        }
        var z = new int[ids.Length];
        var n = new int[k];
        for (int i = 0; i < ids.Length; i++) { z[i] = rng.NextInt(k); n[z[i]]++; }
        var p = new double[k];
        int burn = iterations / 2, samples = 0;
        for (int iter = 0; iter < iterations; iter++)
        {
            for (int i = 0; i < ids.Length; i++)
            {
                n[z[i]]--;
                double sum = 0;
                for (int t = 0; t < k; t++) { sum += (n[t] + _alpha[t]) * _phi[t][ids[i]]; p[t] = sum; }
                double u = rng.NextDouble() * sum;
                int chosen = k - 1;
                for (int t = 0; t < k; t++) if (u < p[t]) { chosen = t; break; }
                z[i] = chosen;
                n[chosen]++;
            }
            if (iter >= burn)
            {
                for (int t = 0; t < k; t++) theta[t] += (n[t] + _alpha[t]) / (ids.Length + alphaSum);
                samples++;
            }
        }
        for (int t = 0; t < k; t++) theta[t] /= samples;
        return theta;
    }

    private static void CheckIterations(int iterations)
    {
        if (iterations < 2)
            throw new ArgumentOutOfRangeException(nameof(iterations), iterations, "iterations must be at least 2 (the second half is averaged).");
    }

    private int[] MapVocabulary(TopicCorpus other)
    {
        _index ??= _vocabulary.Select((w, i) => (w, i)).ToDictionary(x => x.w, x => x.i, StringComparer.Ordinal);
        return other.Vocabulary.Select(w => _index.TryGetValue(w, out int id) ? id : -1).ToArray();
    }

    private static int[] MapTokens(ReadOnlySpan<int> tokens, int[] map, out int skipped)
    {
        var ids = new List<int>(tokens.Length);
        skipped = 0;
        foreach (int w in tokens)
        {
            int m = map[w];
            if (m >= 0) ids.Add(m); else skipped++;
        }
        return ids.ToArray();
    }
}

/// <summary>Held-out perplexity with what it was computed from.</summary>
/// <param name="Perplexity">exp(−LogLikelihood / ScoredTokens); lower is better.</param>
/// <param name="LogLikelihood">Σ ln p(w) over the scored (second-half) tokens.</param>
/// <param name="ScoredTokens">Number of tokens scored.</param>
/// <param name="UnknownTokens">Held-out tokens skipped because the model does not know the term.</param>
public sealed record PerplexityResult(double Perplexity, double LogLikelihood, long ScoredTokens, long UnknownTokens);
