using NewsLens.Corpora;
using NewsLens.Terms;
using NewsLens.Text;

namespace NewsLens.Topics;

/// <summary>
/// Topic modelling from a corpus in one call, as used by the command line, the report and notebooks:
/// tokens (lower-case, stopwords, numbers and tokens shorter than <see cref="TopicAnalysisOptions.MinLength"/>
/// removed) → document-feature matrix trimmed to features in at least <see cref="TopicAnalysisOptions.EffectiveMinDocFreq"/>
/// and at most <see cref="TopicAnalysisOptions.MaxDocFreqShare"/> of the documents → LDA or NMF → topics, NPMI and
/// UMass coherence of each topic's top terms on the same documents, and each topic's top documents.
/// </summary>
public static class TopicAnalysis
{
    /// <summary>Runs the analysis; see <see cref="TopicAnalysis"/>.</summary>
    /// <param name="corpus">The documents.</param>
    /// <param name="options">Settings; null uses the defaults (K = 20, seed 1, LDA).</param>
    /// <param name="cancellationToken">Checked between sweeps of the model.</param>
    /// <exception cref="ArgumentException">When an option is invalid, or no feature survives the trimming.</exception>
    public static TopicAnalysisResult Run(Corpus corpus, TopicAnalysisOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        options = (options ?? new TopicAnalysisOptions()).Validate();
        var input = Prepare(corpus, options);
        var topicCorpus = input.Corpus;

        ITopicModel model = options.Model == TopicModelKind.Lda
            ? Lda.Fit(topicCorpus, new LdaOptions(options.Topics)
            {
                Alpha = options.Alpha,
                Eta = options.Eta,
                Iterations = options.Iterations,
                Seed = options.Seed,
                Threads = options.Threads,
            }, cancellationToken)
            : Nmf.Fit(topicCorpus, new NmfOptions(options.Topics) { MaxIterations = options.Iterations, Seed = options.Seed }, cancellationToken);

        var topics = model.GetTopics(options.TopTerms, options.Lambda);
        var npmi = Coherence.Compute(model, topicCorpus, CoherenceMeasure.Npmi, options.TopTerms);
        var uMass = Coherence.Compute(model, topicCorpus, CoherenceMeasure.UMass, options.TopTerms);
        var topicRows = topics.Select(t => new TopicRow(t.Topic + 1, string.Join(", ", t.TopWords), t.Share,
            npmi.Topics[t.Topic].Coherence, uMass.Topics[t.Topic].Coherence)).ToArray();
        var documentRows = TopDocuments(model, options.TopDocuments);
        return new TopicAnalysisResult(options, model, topicCorpus, topics, npmi, uMass, topicRows, documentRows, input.MinDocFreq, input.MaxDocFreq, input.EmptyDocumentIds);
    }

    /// <summary>
    /// The model input <see cref="Run"/> fits, without fitting: the corpus tokenized and trimmed as described on
    /// <see cref="TopicAnalysis"/>, documents in text order, those left without a token set aside.
    /// </summary>
    /// <param name="corpus">The documents.</param>
    /// <param name="options">Settings; only the tokenization and trimming ones are used here.</param>
    /// <exception cref="ArgumentException">When an option is invalid, or no feature survives the trimming.</exception>
    public static TopicInput Prepare(Corpus corpus, TopicAnalysisOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        options = (options ?? new TopicAnalysisOptions()).Validate();
        if (corpus.Count == 0)
            throw new ArgumentException("TopicAnalysis: the corpus has no documents.", nameof(corpus));
        var tokens = Tokens.From(corpus, new TokenizerOptions
        {
            Lowercase = true,
            SplitPossessive = true,
            RemoveNumbers = true,
            RemoveUrls = true,
            Stopwords = options.Stopwords,
            MinLength = options.MinLength,
        }.Validate());
        // News text writes contractions with a typographic apostrophe ("it’s", "we’re"); the stopword lists use the
        // ASCII one, so words are normalised to it and checked against the list again.
        var lists = tokens.Select(d => (d.Info, Words: d.Tokens
            .Select(t => t.Text.Replace('\u2019', '\''))
            .Where(w => options.Stopwords is null || !options.Stopwords.Contains(w))
            .ToArray())).ToList();
        var dfm = DocumentFeatureMatrix.Build(lists.Select(x => (x.Info, (IEnumerable<string>)x.Words)));
        int minDf = options.EffectiveMinDocFreq(corpus.Count);
        int maxDf = Math.Max(1, (int)Math.Floor(options.MaxDocFreqShare * corpus.Count));
        if (minDf > maxDf)
            throw new ArgumentException(
                $"TopicAnalysis: with {corpus.Count} documents a feature must be in at least {minDf} and at most {maxDf} documents, which no feature can be; lower MinDocFreq or raise MaxDocFreqShare.",
                nameof(options));
        var trimmed = dfm.Trim(new TrimOptions(MinDocFreq: minDf, MaxDocFreq: maxDf));
        if (trimmed.NFeatures == 0)
            throw new ArgumentException(
                $"TopicAnalysis: no feature is in between {minDf} and {maxDf} of the {corpus.Count} documents; the corpus is too small or too uniform for topics.",
                nameof(corpus));

        // The model's input keeps text order (FromDfm would lose it), so NPMI's sliding windows see the running text.
        var kept = new HashSet<string>(trimmed.Features, StringComparer.Ordinal);
        var docs = new List<(DocumentInfo, IEnumerable<string>)>(lists.Count);
        var empty = new List<string>();
        foreach (var (info, all) in lists)
        {
            var words = all.Where(kept.Contains).ToArray();
            if (words.Length == 0) empty.Add(info.Id);
            else docs.Add((info, words));
        }
        return new TopicInput(TopicCorpus.FromTokenLists(docs), minDf, maxDf, empty);
    }

    /// <summary>Per topic, the <paramref name="n"/> documents with the largest θ(d, t) (ties by corpus order).</summary>
    internal static IReadOnlyList<TopicDocumentRow> TopDocuments(ITopicModel model, int n)
    {
        var rows = new List<TopicDocumentRow>();
        var docs = model.DocumentTopics;
        for (int t = 0; t < model.TopicCount; t++)
        {
            var best = Enumerable.Range(0, docs.Count)
                .OrderByDescending(d => docs[d].Weights[t]).ThenBy(d => d)
                .Take(n);
            int rank = 0;
            foreach (int d in best)
            {
                var info = docs[d].Info;
                rows.Add(new TopicDocumentRow(t + 1, ++rank, info.Id, info.Title, info.Date, docs[d].Weights[t]));
            }
        }
        return rows;
    }
}
