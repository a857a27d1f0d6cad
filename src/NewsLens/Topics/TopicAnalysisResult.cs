namespace NewsLens.Topics;

/// <summary>What <see cref="TopicAnalysis.Run"/> found: the model, its input, its topics with their coherence and top documents.</summary>
public sealed partial class TopicAnalysisResult
{
    internal TopicAnalysisResult(TopicAnalysisOptions options, ITopicModel model, TopicCorpus corpus, IReadOnlyList<TopicSummary> topics,
        CoherenceResult npmi, CoherenceResult uMass, IReadOnlyList<TopicRow> topicRows, IReadOnlyList<TopicDocumentRow> documentRows,
        int minDocFreq, int maxDocFreq, IReadOnlyList<string> emptyDocumentIds)
    {
        Options = options;
        Model = model;
        Corpus = corpus;
        Topics = topics;
        Npmi = npmi;
        UMass = uMass;
        TopicRows = topicRows;
        DocumentRows = documentRows;
        MinDocFreq = minDocFreq;
        MaxDocFreq = maxDocFreq;
        EmptyDocumentIds = emptyDocumentIds;
    }

    /// <summary>The options the analysis ran with.</summary>
    public TopicAnalysisOptions Options { get; }

    /// <summary>The fitted model (an <see cref="LdaModel"/> or an <see cref="NmfModel"/>).</summary>
    public ITopicModel Model { get; }

    /// <summary>The model's input: the documents that kept at least one token, their tokens (trimmed features only) in text order.</summary>
    public TopicCorpus Corpus { get; }

    /// <summary>Each topic with its top <see cref="TopicAnalysisOptions.TopTerms"/> terms by probability and by relevance.</summary>
    public IReadOnlyList<TopicSummary> Topics { get; }

    /// <summary>NPMI coherence of each topic's top terms on <see cref="Corpus"/>.</summary>
    public CoherenceResult Npmi { get; }

    /// <summary>UMass coherence of each topic's top terms on <see cref="Corpus"/>.</summary>
    public CoherenceResult UMass { get; }

    /// <summary>One row per topic: top terms, share, NPMI and UMass.</summary>
    public IReadOnlyList<TopicRow> TopicRows { get; }

    /// <summary>Per topic, its top documents by θ(d, t).</summary>
    public IReadOnlyList<TopicDocumentRow> DocumentRows { get; }

    /// <summary>The minimum document frequency a feature needed to be kept.</summary>
    public int MinDocFreq { get; }

    /// <summary>The maximum document frequency a feature could have to be kept.</summary>
    public int MaxDocFreq { get; }

    /// <summary>
    /// Documents left without any token after tokenization and trimming: they are not in <see cref="Corpus"/>
    /// (an empty document carries no evidence about topics), and are listed here so none is dropped silently.
    /// </summary>
    public IReadOnlyList<string> EmptyDocumentIds { get; }
}

/// <summary>The input of a topic model as <see cref="TopicAnalysis.Prepare"/> builds it.</summary>
/// <param name="Corpus">The documents that kept at least one token, their trimmed tokens in text order.</param>
/// <param name="MinDocFreq">The minimum document frequency a feature needed to be kept.</param>
/// <param name="MaxDocFreq">The maximum document frequency a feature could have to be kept.</param>
/// <param name="EmptyDocumentIds">Documents left without a token, not in <paramref name="Corpus"/>.</param>
public sealed record TopicInput(TopicCorpus Corpus, int MinDocFreq, int MaxDocFreq, IReadOnlyList<string> EmptyDocumentIds);
