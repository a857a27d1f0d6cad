namespace NewsLens.Topics;

/// <summary>
/// Topic coherence against a reference corpus: UMass (Mimno, Wallach, Talley, Leenders &amp; McCallum,
/// EMNLP 2011), NPMI and C_v (Röder, Both &amp; Hinneburg, "Exploring the space of topic coherence measures",
/// WSDM 2015). The segmentations, probability estimates, ε = 1e-12 and the arithmetic-mean aggregation follow
/// gensim's CoherenceModel ('u_mass', 'c_npmi', 'c_v'), whose documented definitions they reproduce
/// (with <see cref="WindowCounting.GensimCompatible"/> window counting, to 1e-6 or better; see the tests).
/// </summary>
public static class Coherence
{
    /// <summary>The ε added to joint probabilities before taking logarithms (as in gensim and Röder et al.).</summary>
    public const double Epsilon = 1e-12;

    /// <summary>Default sliding-window size for NPMI (gensim's 'c_npmi').</summary>
    public const int NpmiWindowSize = 10;

    /// <summary>Default sliding-window size for C_v (gensim's and Palmetto's 'c_v').</summary>
    public const int CvWindowSize = 110;

    /// <summary>
    /// Computes <paramref name="measure"/> for each topic (a list of distinct top words, at least 2) against
    /// <paramref name="referenceTexts"/> (token lists in text order). Every topic word must occur in the
    /// reference texts; an error names the topic and the missing words.
    /// </summary>
    public static CoherenceResult Compute(
        IReadOnlyList<IReadOnlyList<string>> topics,
        IReadOnlyList<IReadOnlyList<string>> referenceTexts,
        CoherenceMeasure measure,
        CoherenceOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(topics);
        ArgumentNullException.ThrowIfNull(referenceTexts);
        options ??= new CoherenceOptions();
        if (!Enum.IsDefined(measure))
            throw new ArgumentException($"Unknown coherence measure {(int)measure}; valid choices: {string.Join(", ", Enum.GetNames<CoherenceMeasure>())}.", nameof(measure));
        if (!Enum.IsDefined(options.Counting))
            throw new ArgumentException($"Unknown window counting {(int)options.Counting}; valid choices: {string.Join(", ", Enum.GetNames<WindowCounting>())}.", nameof(options));
        if (options.WindowSize is < 1)
            throw new ArgumentException($"CoherenceOptions.WindowSize is {options.WindowSize}; it must be at least 1 (or null for the measure's default).", nameof(options));
        if (topics.Count == 0)
            throw new ArgumentException("Coherence: no topics given.", nameof(topics));

        // Map the topics' words to contiguous ids.
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var topicIds = new int[topics.Count][];
        for (int t = 0; t < topics.Count; t++)
        {
            var words = topics[t] ?? throw new ArgumentException($"Coherence: topic {t} is null.", nameof(topics));
            if (words.Count < 2)
                throw new ArgumentException($"Coherence: topic {t} has {words.Count} word(s); a coherence needs at least 2.", nameof(topics));
            var duplicate = words.GroupBy(w => w, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
            if (duplicate is not null)
                throw new ArgumentException($"Coherence: topic {t} lists '{duplicate.Key}' more than once; topic words must be distinct.", nameof(topics));
            topicIds[t] = words.Select(w =>
            {
                ArgumentNullException.ThrowIfNull(w, $"topics[{t}][]");
                if (!ids.TryGetValue(w, out int id)) ids[w] = id = ids.Count;
                return id;
            }).ToArray();
        }
        var texts = referenceTexts.Select((text, i) =>
        {
            if (text is null) throw new ArgumentException($"Coherence: reference text {i} is null.", nameof(referenceTexts));
            return text.Select(tok => tok is not null && ids.TryGetValue(tok, out int id) ? id : -1).ToArray();
        }).ToArray();

        int? window = measure == CoherenceMeasure.UMass
            ? null
            : options.WindowSize ?? (measure == CoherenceMeasure.Npmi ? NpmiWindowSize : CvWindowSize);
        var counts = window is null
            ? CooccurrenceCounts.Documents(texts, ids.Count)
            : CooccurrenceCounts.Windows(texts, ids.Count, window.Value, options.Counting);

        for (int t = 0; t < topics.Count; t++)
        {
            var missing = topics[t].Where((w, i) => counts.Occurrences(topicIds[t][i]) == 0).ToArray();
            if (missing.Length > 0)
                throw new ArgumentException(
                    $"Coherence: topic {t} has word(s) that never occur in the {referenceTexts.Count} reference texts: {string.Join(", ", missing)}.",
                    nameof(referenceTexts));
        }

        var results = new TopicCoherence[topics.Count];
        for (int t = 0; t < topics.Count; t++)
        {
            double value = measure switch
            {
                CoherenceMeasure.UMass => UMass(topicIds[t], counts),
                CoherenceMeasure.Npmi => Npmi(topicIds[t], counts),
                _ => Cv(topicIds[t], counts),
            };
            results[t] = new TopicCoherence(t, topics[t].ToArray(), value);
        }
        return new CoherenceResult(measure, window, options.Counting, counts.Units, results, results.Average(r => r.Coherence));
    }

    /// <summary>
    /// Coherence of a model's topics (top <paramref name="topN"/> words by probability) against a reference corpus
    /// (for instance the training corpus).
    /// </summary>
    public static CoherenceResult Compute(ITopicModel model, TopicCorpus reference, CoherenceMeasure measure, int topN = 10, CoherenceOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(reference);
        var topics = model.GetTopics(topN).Select(t => t.TopWords).ToArray();
        var texts = Enumerable.Range(0, reference.DocumentCount)
            .Select(d => (IReadOnlyList<string>)reference.RawTokens(d).Select(w => reference.Vocabulary[w]).ToArray())
            .ToArray();
        return Compute(topics, texts, measure, options);
    }

    /// <summary>UMass with segmentation "one-pre": pairs (w_i, w_j), i &gt; j, conditioned on the earlier word w_j.</summary>
    private static double UMass(int[] topic, CooccurrenceCounts c)
    {
        double n = c.Units, sum = 0;
        int pairs = 0;
        for (int i = 1; i < topic.Length; i++)
            for (int j = 0; j < i; j++)
            {
                sum += Math.Log(((c.Cooccurrences(topic[i], topic[j]) / n) + Epsilon) / (c.Occurrences(topic[j]) / n));
                pairs++;
            }
        return sum / pairs;
    }

    /// <summary>NPMI with segmentation "one-one": all ordered pairs i ≠ j.</summary>
    private static double Npmi(int[] topic, CooccurrenceCounts c)
    {
        double sum = 0;
        int pairs = 0;
        for (int i = 0; i < topic.Length; i++)
            for (int j = 0; j < topic.Length; j++)
            {
                if (i == j) continue;
                sum += PairNpmi(topic[i], topic[j], c);
                pairs++;
            }
        return sum / pairs;
    }

    /// <summary>
    /// C_v: segmentation "one-set", indirect confirmation by the cosine between the NPMI context vector of
    /// each word, v(w_i)_j = NPMI(w_i, w_j), and that of the whole topic, Σ_i v(w_i); mean over the words.
    /// </summary>
    private static double Cv(int[] topic, CooccurrenceCounts c)
    {
        int n = topic.Length;
        var vectors = new double[n][];
        var total = new double[n];
        for (int i = 0; i < n; i++)
        {
            vectors[i] = new double[n];
            for (int j = 0; j < n; j++) vectors[i][j] = PairNpmi(topic[i], topic[j], c);
        }
        for (int j = 0; j < n; j++)
            for (int i = 0; i < n; i++) total[j] += vectors[i][j];
        double totalNorm = Math.Sqrt(total.Sum(x => x * x));
        double sum = 0;
        for (int i = 0; i < n; i++)
        {
            double dot = 0, norm = 0;
            for (int j = 0; j < n; j++) { dot += vectors[i][j] * total[j]; norm += vectors[i][j] * vectors[i][j]; }
            sum += dot / (Math.Sqrt(norm) * totalNorm);
        }
        return sum / n;
    }

    /// <summary>NPMI(a, b) = ln((P(a,b) + ε) / (P(a) P(b))) / −ln(P(a,b) + ε), probabilities over units.</summary>
    private static double PairNpmi(int a, int b, CooccurrenceCounts c)
    {
        double n = c.Units;
        double joint = c.Cooccurrences(a, b) / n;
        double pmi = Math.Log((joint + Epsilon) / ((c.Occurrences(a) / n) * (c.Occurrences(b) / n)));
        return pmi / -Math.Log(joint + Epsilon);
    }
}
