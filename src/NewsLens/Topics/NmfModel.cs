namespace NewsLens.Topics;

/// <summary>A fitted NMF topic model: topics from the rows of H, document weights from the rows of W.</summary>
public sealed class NmfModel : ITopicModel
{
    private readonly string[] _vocabulary;
    private readonly double[][] _phi;
    private readonly double[] _termShare;
    private readonly double[] _topicShare;

    private NmfModel(string[] vocabulary, double[][] phi, double[] termShare, double[] topicShare,
        IReadOnlyList<DocumentTopics> documentTopics, IReadOnlyList<double> errors, bool converged, NmfOptions options)
    {
        _vocabulary = vocabulary;
        _phi = phi;
        _termShare = termShare;
        _topicShare = topicShare;
        DocumentTopics = documentTopics;
        ErrorHistory = errors;
        Converged = converged;
        Options = options;
        Topics = GetTopics();
    }

    internal static NmfModel Create(TopicCorpus corpus, NmfOptions options, double[] w, double[] h, IReadOnlyList<double> errors, bool converged)
    {
        int k = options.TopicCount, v = corpus.VocabularySize, d = corpus.DocumentCount;
        var phi = new double[k][];
        var rowMass = new double[k];
        for (int t = 0; t < k; t++)
        {
            phi[t] = new double[v];
            double sum = 0;
            for (int c = 0; c < v; c++) sum += h[c * k + t];
            rowMass[t] = sum;
            for (int c = 0; c < v; c++) phi[t][c] = sum > 0 ? h[c * k + t] / sum : 1.0 / v;
        }
        var docs = new DocumentTopics[d];
        var topicMass = new double[k];
        for (int i = 0; i < d; i++)
        {
            var theta = new double[k];
            double sum = 0;
            for (int t = 0; t < k; t++) sum += w[i * k + t];
            for (int t = 0; t < k; t++)
            {
                theta[t] = sum > 0 ? w[i * k + t] / sum : 0;
                topicMass[t] += w[i * k + t] * rowMass[t];
            }
            docs[i] = new DocumentTopics(corpus.Infos[i], theta);
        }
        double totalMass = topicMass.Sum();
        var topicShare = topicMass.Select(m => totalMass > 0 ? m / totalMass : 1.0 / k).ToArray();
        double tokens = corpus.TokenCount;
        var termShare = corpus.TermFrequencies().Select(f => f / tokens).ToArray();
        return new NmfModel(corpus.Vocabulary.ToArray(), phi, termShare, topicShare, docs, errors, converged, options);
    }

    /// <summary>The options the model was fitted with.</summary>
    public NmfOptions Options { get; }

    /// <summary>‖X − WH‖²_F at the start and after each round; never increases (Lee &amp; Seung 2001).</summary>
    public IReadOnlyList<double> ErrorHistory { get; }

    /// <summary>The final ‖X − WH‖_F (Frobenius norm).</summary>
    public double ReconstructionError => Math.Sqrt(ErrorHistory[^1]);

    /// <summary>Number of update rounds run.</summary>
    public int Iterations => ErrorHistory.Count - 1;

    /// <summary>True when the tolerance stopped the updates before <see cref="NmfOptions.MaxIterations"/>.</summary>
    public bool Converged { get; }

    /// <inheritdoc />
    public IReadOnlyList<string> Vocabulary => _vocabulary;

    /// <inheritdoc />
    public int TopicCount => _phi.Length;

    /// <inheritdoc />
    public double[][] TopicWordDistribution => _phi.Select(r => (double[])r.Clone()).ToArray();

    /// <inheritdoc />
    public IReadOnlyList<DocumentTopics> DocumentTopics { get; }

    /// <inheritdoc />
    public IReadOnlyList<TopicSummary> Topics { get; }

    /// <inheritdoc />
    public IReadOnlyList<TopicSummary> GetTopics(int topN = 10, double lambda = 0.6) =>
        TopicTermRanking.Summarise(_phi, _vocabulary, _termShare, _topicShare, topN, lambda);
}
