using System.Globalization;
using NewsLens.Corpora;

namespace NewsLens.Topics;

/// <summary>The width of the time bins of <see cref="TopicsOverTime"/>.</summary>
public enum TimeBin
{
    /// <summary>Calendar day.</summary>
    Day,

    /// <summary>ISO 8601 week (Monday to Sunday), labelled like "2019-W14".</summary>
    Week,

    /// <summary>Calendar month, labelled like "2019-04".</summary>
    Month,

    /// <summary>Calendar quarter, labelled like "2019-Q2".</summary>
    Quarter,

    /// <summary>Calendar year.</summary>
    Year,
}

/// <summary>The topics of one time bin.</summary>
/// <param name="Label">The bin's label, as <see cref="DocumentInfo.GetField"/> gives it (e.g. "2019-04").</param>
/// <param name="Start">The first day of the bin.</param>
/// <param name="Documents">Number of documents in the bin.</param>
/// <param name="Shares">Per topic, the mean θ of the bin's documents, normalised to sum 1.</param>
/// <param name="Topics">
/// Per topic, its top terms within the bin: from the expected number of the bin's tokens of each term assigned to
/// the topic, Σ_d Σ_(tokens w in d) θ(d,t) φ(t,w) / Σ_t' θ(d,t') φ(t',w); relevance uses the bin's term shares.
/// </param>
/// <param name="ShareDivergence">Jensen-Shannon divergence (base 2) of <paramref name="Shares"/> from the previous bin's; null for the first bin.</param>
/// <param name="TopicDivergence">
/// Per topic, the Jensen-Shannon divergence (base 2) of its within-bin word distribution from the previous bin's;
/// null for the first bin; NaN for a topic with no expected tokens in either bin.
/// </param>
public sealed record TopicTimeSlice(string Label, DateTime Start, int Documents, IReadOnlyList<double> Shares, IReadOnlyList<TopicSummary> Topics,
    double? ShareDivergence, IReadOnlyList<double>? TopicDivergence);

/// <summary>Topic shares and vocabularies per time bin.</summary>
/// <param name="BinSize">The bin width.</param>
/// <param name="Bins">The non-empty bins in time order; "previous" in the divergences is the previous non-empty bin.</param>
/// <param name="UndatedDocuments">Number of documents without a date, which are in no bin.</param>
/// <param name="UndatedDocumentIds">Their ids.</param>
public sealed record TopicsOverTimeResult(TimeBin BinSize, IReadOnlyList<TopicTimeSlice> Bins, int UndatedDocuments, IReadOnlyList<string> UndatedDocumentIds);

/// <summary>Topics over time: shares per time bin, each topic's top terms per bin and the drift between bins.</summary>
public static class TopicsOverTime
{
    /// <summary>
    /// Bins <paramref name="corpus"/>'s documents by <see cref="DocumentInfo.Date"/> and summarises the topics of each
    /// bin. <paramref name="documentTopics"/> (default: the model's own <see cref="ITopicModel.DocumentTopics"/>) must
    /// pair one to one with the corpus documents, in order; the corpus' terms are matched to the model's by text.
    /// </summary>
    /// <param name="model">A fitted topic model.</param>
    /// <param name="corpus">The documents (for their tokens and dates), usually the training corpus.</param>
    /// <param name="binSize">Bin width.</param>
    /// <param name="topN">Top terms per topic and bin.</param>
    /// <param name="lambda">Relevance weight λ for the top terms (0..1).</param>
    /// <param name="documentTopics">θ per corpus document, e.g. from <see cref="LdaModel.Infer"/>; null for the model's.</param>
    public static TopicsOverTimeResult Compute(ITopicModel model, TopicCorpus corpus, TimeBin binSize, int topN = 10, double lambda = 0.6,
        IReadOnlyList<DocumentTopics>? documentTopics = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(corpus);
        if (!Enum.IsDefined(binSize))
            throw new ArgumentException($"Unknown time bin {(int)binSize}; valid choices: {string.Join(", ", Enum.GetNames<TimeBin>())}.", nameof(binSize));
        documentTopics ??= model.DocumentTopics;
        if (documentTopics.Count != corpus.DocumentCount)
            throw new ArgumentException(
                $"TopicsOverTime: {documentTopics.Count} document-topic rows for {corpus.DocumentCount} corpus documents; they must pair one to one.",
                nameof(documentTopics));
        for (int d = 0; d < corpus.DocumentCount; d++)
            if (documentTopics[d].Info.Id != corpus.Infos[d].Id)
                throw new ArgumentException(
                    $"TopicsOverTime: document {d} is '{corpus.Infos[d].Id}' in the corpus but '{documentTopics[d].Info.Id}' in the document topics.",
                    nameof(documentTopics));

        int k = model.TopicCount, v = model.Vocabulary.Count;
        var phi = model.TopicWordDistribution;
        var modelIndex = new Dictionary<string, int>(v, StringComparer.Ordinal);
        for (int w = 0; w < v; w++) modelIndex[model.Vocabulary[w]] = w;
        var map = corpus.Vocabulary.Select(t => modelIndex.TryGetValue(t, out int id) ? id : -1).ToArray();

        var undated = new List<string>();
        var bins = new SortedDictionary<DateTime, (string Label, List<int> Docs)>();
        for (int d = 0; d < corpus.DocumentCount; d++)
        {
            var info = corpus.Infos[d];
            if (info.Date is not { } date) { undated.Add(info.Id); continue; }
            var start = BinStart(date, binSize);
            if (!bins.TryGetValue(start, out var bin))
                bins[start] = bin = (info.GetField(binSize.ToString())!, new List<int>());
            bin.Docs.Add(d);
        }

        var slices = new List<TopicTimeSlice>();
        double[]? previousShares = null;
        double[][]? previousWords = null;
        var posterior = new double[k];
        foreach (var (start, (label, docs)) in bins)
        {
            var shares = new double[k];
            var words = new double[k][];
            for (int t = 0; t < k; t++) words[t] = new double[v];
            var termCounts = new double[v];
            foreach (int d in docs)
            {
                var theta = documentTopics[d].Weights;
                for (int t = 0; t < k; t++) shares[t] += theta[t];
                foreach (int raw in corpus.Tokens(d))
                {
                    int w = map[raw];
                    if (w < 0) continue;
                    termCounts[w]++;
                    double z = 0;
                    for (int t = 0; t < k; t++) { posterior[t] = theta[t] * phi[t][w]; z += posterior[t]; }
                    if (z <= 0) continue;
                    for (int t = 0; t < k; t++) words[t][w] += posterior[t] / z;
                }
            }
            Normalise(shares);
            var topicMass = words.Select(row => row.Sum()).ToArray();
            var wordDistributions = words.Select(row => { var r = (double[])row.Clone(); Normalise(r); return r; }).ToArray();
            double tokenTotal = termCounts.Sum();
            var termShare = termCounts.Select(c => tokenTotal > 0 ? c / tokenTotal : 0).ToArray();
            var summaries = TopicTermRanking.Summarise(wordDistributions, model.Vocabulary, termShare, shares, topN, lambda);

            double? shareDivergence = null;
            double[]? topicDivergence = null;
            if (previousShares is not null && previousWords is not null)
            {
                shareDivergence = shares.Sum() > 0 && previousShares.Sum() > 0 ? Drift.JensenShannon(previousShares, shares) : double.NaN;
                topicDivergence = new double[k];
                for (int t = 0; t < k; t++)
                    topicDivergence[t] = topicMass[t] > 0 && previousWords[t].Sum() > 0
                        ? Drift.JensenShannon(previousWords[t], wordDistributions[t])
                        : double.NaN;
            }
            slices.Add(new TopicTimeSlice(label, start, docs.Count, shares, summaries, shareDivergence, topicDivergence));
            previousShares = shares;
            previousWords = wordDistributions;
        }
        return new TopicsOverTimeResult(binSize, slices, undated.Count, undated);
    }

    /// <summary>The first day of the bin holding <paramref name="date"/>.</summary>
    public static DateTime BinStart(DateTime date, TimeBin binSize)
    {
        var day = date.Date;
        return binSize switch
        {
            TimeBin.Day => day,
            TimeBin.Week => ISOWeek.ToDateTime(ISOWeek.GetYear(day), ISOWeek.GetWeekOfYear(day), DayOfWeek.Monday),
            TimeBin.Month => new DateTime(day.Year, day.Month, 1),
            TimeBin.Quarter => new DateTime(day.Year, (day.Month - 1) / 3 * 3 + 1, 1),
            TimeBin.Year => new DateTime(day.Year, 1, 1),
            _ => throw new ArgumentException($"Unknown time bin {(int)binSize}; valid choices: {string.Join(", ", Enum.GetNames<TimeBin>())}.", nameof(binSize)),
        };
    }

    private static void Normalise(double[] x)
    {
        double s = x.Sum();
        if (s <= 0) return;
        for (int i = 0; i < x.Length; i++) x[i] /= s;
    }
}
