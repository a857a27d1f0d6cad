namespace NewsLens.Topics;

/// <summary>The topic model <see cref="TopicAnalysis"/> fits.</summary>
public enum TopicModelKind
{
    /// <summary>Latent Dirichlet allocation by collapsed Gibbs sampling (<see cref="Lda"/>).</summary>
    Lda,

    /// <summary>Non-negative matrix factorisation of the tf-idf matrix (<see cref="Nmf"/>).</summary>
    Nmf,
}

/// <summary>
/// Settings of <see cref="TopicAnalysis.Run"/>: the tokenization and feature trimming that suit topic models,
/// and the model's own settings. Validated up front by <see cref="Validate"/>.
/// </summary>
public sealed record TopicAnalysisOptions
{
    /// <summary>Documents below this count are "tiny": their default minimum document frequency is 2 instead of 5.</summary>
    public const int TinyCorpusDocuments = 200;

    /// <summary>Number of topics K (at least 2). Default 20.</summary>
    public int Topics { get; init; } = 20;

    /// <summary>Seed of every random choice. Default 1.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Gibbs sweeps (LDA) or the maximum number of update rounds (NMF). Default 500 (LDA), used as given for NMF.</summary>
    public int Iterations { get; init; } = 500;

    /// <summary>LDA sampling threads (1 = serial; see <see cref="LdaOptions.Threads"/>). Default 1.</summary>
    public int Threads { get; init; } = 1;

    /// <summary>The model. Default <see cref="TopicModelKind.Lda"/>.</summary>
    public TopicModelKind Model { get; init; } = TopicModelKind.Lda;

    /// <summary>LDA's document-topic prior α. Default 0.1 (see <see cref="LdaOptions.Alpha"/>).</summary>
    public double Alpha { get; init; } = 0.1;

    /// <summary>LDA's topic-word prior η. Default 0.01.</summary>
    public double Eta { get; init; } = 0.01;

    /// <summary>Top terms per topic shown and scored for coherence (at least 2). Default 10.</summary>
    public int TopTerms { get; init; } = 10;

    /// <summary>Relevance weight λ (0..1) for the terms ranked by relevance. Default 0.6 (Sievert &amp; Shirley 2014).</summary>
    public double Lambda { get; init; } = 0.6;

    /// <summary>Top documents listed per topic (at least 1). Default 5.</summary>
    public int TopDocuments { get; init; } = 5;

    /// <summary>Shortest token kept. Default 3.</summary>
    public int MinLength { get; init; } = 3;

    /// <summary>Stopwords removed; null keeps every word. Default the English list (<see cref="Text.Stopwords.English"/>).</summary>
    public IReadOnlySet<string>? Stopwords { get; init; } = Text.Stopwords.English;

    /// <summary>
    /// Keep features found in at least this many documents; null chooses 5, or 2 for a corpus of fewer than
    /// <see cref="TinyCorpusDocuments"/> documents.
    /// </summary>
    public int? MinDocFreq { get; init; }

    /// <summary>Drop features found in more than this share of the documents (0 &lt; x ≤ 1). Default 0.5.</summary>
    public double MaxDocFreqShare { get; init; } = 0.5;

    /// <summary>The minimum document frequency used for a corpus of <paramref name="documents"/> documents.</summary>
    public int EffectiveMinDocFreq(int documents) => MinDocFreq ?? (documents < TinyCorpusDocuments ? 2 : 5);

    /// <summary>Throws an <see cref="ArgumentException"/> naming the first invalid option and its valid range.</summary>
    public TopicAnalysisOptions Validate()
    {
        if (Topics < 2)
            throw new ArgumentException($"TopicAnalysisOptions.Topics (K) is {Topics}; it must be at least 2.", nameof(Topics));
        if (Iterations < 1)
            throw new ArgumentException($"TopicAnalysisOptions.Iterations is {Iterations}; it must be at least 1.", nameof(Iterations));
        if (Threads < 1)
            throw new ArgumentException($"TopicAnalysisOptions.Threads is {Threads}; it must be at least 1.", nameof(Threads));
        if (!Enum.IsDefined(Model))
            throw new ArgumentException($"TopicAnalysisOptions.Model is {(int)Model}; valid choices: {string.Join(", ", Enum.GetNames<TopicModelKind>())}.", nameof(Model));
        if (TopTerms < 2)
            throw new ArgumentException($"TopicAnalysisOptions.TopTerms is {TopTerms}; it must be at least 2 (coherence scores word pairs).", nameof(TopTerms));
        if (!(Lambda >= 0 && Lambda <= 1))
            throw new ArgumentException($"TopicAnalysisOptions.Lambda is {Lambda}; it must lie in [0, 1].", nameof(Lambda));
        if (TopDocuments < 1)
            throw new ArgumentException($"TopicAnalysisOptions.TopDocuments is {TopDocuments}; it must be at least 1.", nameof(TopDocuments));
        if (MinLength < 1)
            throw new ArgumentException($"TopicAnalysisOptions.MinLength is {MinLength}; it must be at least 1.", nameof(MinLength));
        if (MinDocFreq is < 1)
            throw new ArgumentException($"TopicAnalysisOptions.MinDocFreq is {MinDocFreq}; it must be at least 1 (or null for the default).", nameof(MinDocFreq));
        if (!(MaxDocFreqShare > 0 && MaxDocFreqShare <= 1))
            throw new ArgumentException($"TopicAnalysisOptions.MaxDocFreqShare is {MaxDocFreqShare}; it must lie in (0, 1].", nameof(MaxDocFreqShare));
        if (!(Alpha > 0) || double.IsInfinity(Alpha))
            throw new ArgumentException($"TopicAnalysisOptions.Alpha is {Alpha}; it must be a finite number greater than 0.", nameof(Alpha));
        if (!(Eta > 0) || double.IsInfinity(Eta))
            throw new ArgumentException($"TopicAnalysisOptions.Eta is {Eta}; it must be a finite number greater than 0.", nameof(Eta));
        return this;
    }
}
