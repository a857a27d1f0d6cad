using NewsLens.Evaluation;
using NewsLens.Learning;

namespace NewsLens.Sentiment.Targeted;

/// <summary>
/// Target-dependent sentiment: how a sentence speaks about one mention in it ("Pence warned Turkey" is negative
/// toward Turkey, not toward Pence). A multinomial logistic regression (<see cref="MultinomialLogisticRegression"/>)
/// over <see cref="TargetFeatures"/> — windowed words and bigrams, windowed VADER valences, the mention's role
/// toward attack/praise/speech cue verbs, quotations, subject position and the sentence's overall mood — trained on
/// NewsMTSC (Hamborg &amp; Donnay, EACL 2021). <see cref="Default"/> is the shipped model; <see cref="Train"/> makes a
/// new one. Thread-safe for prediction.
/// </summary>
public sealed partial class TargetSentimentModel : ITargetSentimentClassifier
{
    private static readonly Lazy<TargetSentimentModel> DefaultLazy = new(LoadDefault);
    private readonly int _negative, _positive;

    private TargetSentimentModel(MultinomialLogisticRegression classifier, IReadOnlyList<TuningResult> tuning)
    {
        var expected = Enum.GetNames<SentimentLabel>().Order(StringComparer.Ordinal).ToArray();
        if (!classifier.Labels.SequenceEqual(expected, StringComparer.Ordinal))
            throw new ArgumentException($"A target-sentiment classifier must have the labels {string.Join(", ", expected)}; this one has {string.Join(", ", classifier.Labels)}.", nameof(classifier));
        Classifier = classifier;
        Tuning = tuning;
        _negative = IndexOf(classifier, nameof(SentimentLabel.Negative));
        _positive = IndexOf(classifier, nameof(SentimentLabel.Positive));
    }

    /// <summary>The model shipped with the library, trained on the NewsMTSC training set (MIT licence) with seed 1.</summary>
    public static TargetSentimentModel Default => DefaultLazy.Value;

    /// <summary>The underlying classifier (labels "Negative", "Neutral", "Positive").</summary>
    public MultinomialLogisticRegression Classifier { get; }

    /// <summary>The settings tried while tuning and their hold-out scores (empty when C was given).</summary>
    public IReadOnlyList<TuningResult> Tuning { get; }

    /// <inheritdoc />
    public TargetSentiment Predict(string sentence, int from, int to)
    {
        TargetFeatures.CheckSpan(sentence, from, to);
        return Predict(TargetSentence.Analyse(sentence), from, to, new List<KeyValuePair<string, double>>(96));
    }

    /// <summary>The sentiment toward several mentions of one sentence (the sentence is analysed once).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A span is empty or outside the sentence.</exception>
    public IReadOnlyList<TargetSentiment> Predict(string sentence, IEnumerable<(int From, int To)> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        var spans = mentions.ToList();
        foreach (var (f, t) in spans) TargetFeatures.CheckSpan(sentence, f, t);
        var analysed = TargetSentence.Analyse(sentence);
        var buffer = new List<KeyValuePair<string, double>>(96);
        return spans.Select(m => Predict(analysed, m.From, m.To, buffer)).ToList();
    }

    private TargetSentiment Predict(TargetSentence sentence, int from, int to, List<KeyValuePair<string, double>> buffer)
    {
        buffer.Clear();
        TargetFeatures.Extract(sentence, from, to, buffer);
        var row = Vectorize(Classifier.Vocabulary, buffer, new SparseVectorBuilder());
        Span<double> p = stackalloc double[3];
        Classifier.PredictProbabilities(row, p);
        int best = 0;
        for (int c = 1; c < 3; c++) if (p[c] > p[best]) best = c;
        var label = Enum.Parse<SentimentLabel>(Classifier.Labels[best]);
        return new TargetSentiment(label, p[_positive] - p[_negative], p[best]);
    }

    /// <summary>Looks features up in a frozen vocabulary without touching its shared buffer (thread-safe).</summary>
    internal static SparseVector Vectorize(FeatureVocabulary vocabulary, List<KeyValuePair<string, double>> features, SparseVectorBuilder builder)
    {
        foreach (var (name, value) in features)
            if (value != 0 && vocabulary.TryGetIndex(name, out int i)) builder.Add(i, value);
        return builder.ToVector();
    }

    /// <summary>
    /// Trains a model on labelled mentions. Deterministic: the same examples and options (seed included)
    /// give the same weights. See <see cref="TargetSentimentTrainingOptions"/> for how C is chosen.
    /// </summary>
    /// <exception cref="ArgumentException">Fewer than two sentiment classes among the examples, or too few sentences to hold some out.</exception>
    public static TargetSentimentModel Train(IEnumerable<TargetSentimentExample> examples, TargetSentimentTrainingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(examples);
        options ??= new TargetSentimentTrainingOptions();
        options.Validate();
        var list = examples.ToList();
        var analysed = new Dictionary<string, TargetSentence>(StringComparer.Ordinal);
        var sentenceOf = new int[list.Count];
        var sentences = new List<string>();
        var features = new List<List<KeyValuePair<string, double>>>(list.Count);
        for (int i = 0; i < list.Count; i++)
        {
            var ex = list[i];
            if (!analysed.TryGetValue(ex.Sentence, out var s))
            {
                s = TargetSentence.Analyse(ex.Sentence);
                analysed.Add(ex.Sentence, s);
                sentences.Add(ex.Sentence);
            }
            var f = new List<KeyValuePair<string, double>>(96);
            TargetFeatures.Extract(s, ex.From, ex.To, f);
            features.Add(f);
        }
        var sentenceIndex = sentences.Select((s, i) => (s, i)).ToDictionary(t => t.s, t => t.i, StringComparer.Ordinal);
        for (int i = 0; i < list.Count; i++) sentenceOf[i] = sentenceIndex[list[i].Sentence];
        var labels = list.Select(e => e.Label.ToString()).ToList();

        var tuning = new List<TuningResult>();
        double c;
        ClassWeighting weighting;
        if (options.C is { } given)
        {
            c = given;
            weighting = options.ClassWeights;
        }
        else
        {
            if (sentences.Count < 2) throw new ArgumentException("Tuning C needs at least two distinct sentences; give TargetSentimentTrainingOptions.C instead.", nameof(examples));
            var split = CrossValidation.HoldOut(sentences.Count, options.HoldOutFraction, options.Seed);
            var heldSentences = new HashSet<int>(split.Test);
            var trainIdx = Enumerable.Range(0, list.Count).Where(i => !heldSentences.Contains(sentenceOf[i])).ToList();
            var testIdx = Enumerable.Range(0, list.Count).Where(i => heldSentences.Contains(sentenceOf[i])).ToList();
            if (testIdx.Count == 0 || trainIdx.Count == 0)
                throw new ArgumentException("The hold-out split left no examples on one side; give more examples or TargetSentimentTrainingOptions.C.", nameof(examples));
            foreach (var cw in new[] { ClassWeighting.None, ClassWeighting.Balanced })
                foreach (var cc in options.CGrid)
                {
                    var m = Fit(trainIdx.Select(i => features[i]).ToList(), trainIdx.Select(i => labels[i]).ToList(), cc, cw, options);
                    var predicted = testIdx.Select(i => m.Classifier.Predict(Vectorize(m.Classifier.Vocabulary, features[i], new SparseVectorBuilder()))).ToList();
                    var matrix = ConfusionMatrix.Create(testIdx.Select(i => labels[i]), predicted, LabelOrder);
                    tuning.Add(new TuningResult(cc, cw, matrix.MacroF1, matrix.Accuracy, testIdx.Count));
                }
            var best = tuning.OrderByDescending(t => t.MacroF1).First(); // first of equals: grid order
            c = best.C;
            weighting = best.ClassWeights;
        }
        var final = Fit(features, labels, c, weighting, options);
        return new TargetSentimentModel(final.Classifier, tuning);
    }

    private static readonly string[] LabelOrder = [nameof(SentimentLabel.Negative), nameof(SentimentLabel.Neutral), nameof(SentimentLabel.Positive)];

    private static TargetSentimentModel Fit(List<List<KeyValuePair<string, double>>> features, List<string> labels, double c, ClassWeighting weighting, TargetSentimentTrainingOptions options)
    {
        var missing = LabelOrder.Where(l => !labels.Contains(l)).ToList();
        if (missing.Count > 0)
            throw new ArgumentException($"The training examples have no {string.Join(" or ", missing)} mentions; all three classes are needed.", nameof(labels));
        var vocabulary = FeatureVocabulary.Build(features.Select(f => f.Select(kv => kv.Key)), options.MinFeatureCount);
        var builder = new SparseVectorBuilder();
        var rows = features.Select(f => Vectorize(vocabulary, f, builder)).ToList();
        var lr = MultinomialLogisticRegression.Fit(rows, labels,
            new LogisticRegressionOptions(C: c, MaxIterations: options.MaxIterations, Tolerance: options.Tolerance, ClassWeights: weighting), vocabulary);
        return new TargetSentimentModel(lr, []);
    }

    private static int IndexOf(MultinomialLogisticRegression m, string label)
    {
        for (int i = 0; i < m.Labels.Count; i++) if (m.Labels[i] == label) return i;
        return -1;
    }
}
