using NewsLens.Learning;

namespace NewsLens.Stance;

/// <summary>
/// Trainable stance classifier: multinomial logistic regression with L2 penalty (NewsLens.Learning) over
/// <see cref="StanceFeatures"/> (text n-grams, target-text relation, lexicon scores). Train it on labelled
/// (target, text, label) examples, save it as JSON and load it back; training is deterministic for a seed.
/// No trained weights ship with NewsLens: the public stance sets are ShareAlike, so users train their own
/// (<see cref="StanceTraining.Run"/>). <see cref="Classify"/> is thread-safe.
/// </summary>
public sealed class LinearStanceClassifier : IStanceClassifier
{
    private readonly LexiconStanceClassifier _lexicon;

    private LinearStanceClassifier(MultinomialLogisticRegression model)
    {
        var unknown = model.Labels.Where(l => l is not ("favor" or "against" or "neutral")).ToList();
        if (unknown.Count > 0)
            throw new InvalidDataException($"The model's classes must be favor, against or neutral; it has {string.Join(", ", unknown)}.");
        Model = model;
        _lexicon = LexiconStanceClassifier.Default;
    }

    /// <summary>The underlying logistic regression (classes "favor", "against" and possibly "neutral").</summary>
    public MultinomialLogisticRegression Model { get; }

    /// <inheritdoc />
    public string Name => "linear";

    /// <summary>Trains on <paramref name="examples"/> (at least two classes).</summary>
    /// <exception cref="ArgumentException">Fewer than two examples or only one class.</exception>
    public static LinearStanceClassifier Train(IReadOnlyList<StanceExample> examples, LinearStanceOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(examples);
        options ??= new LinearStanceOptions();
        options.Validate();
        if (examples.Count < 2) throw new ArgumentException($"Training needs at least two examples; got {examples.Count}.", nameof(examples));
        // Shuffle once with the seed: the vocabulary is built in order of first appearance, so the order is part of the model.
        var order = Enumerable.Range(0, examples.Count).ToArray();
        new Random(options.Seed).Shuffle(order);
        var targets = new Dictionary<string, StanceTarget>(StringComparer.Ordinal);
        var lexicon = LexiconStanceClassifier.Default;
        var featureRows = order.Select(i => StanceFeatures.Extract(Target(targets, examples[i].Target), examples[i].Text, null, lexicon)).ToList();
        var vocabulary = FeatureVocabulary.Build(featureRows.Select(r => r.Select(kv => kv.Key)), options.MinCount);
        var rows = featureRows.Select(vocabulary.Vectorize).ToList();
        var labels = order.Select(i => StanceDataset.LabelName(examples[i].Label)).ToList();
        var model = MultinomialLogisticRegression.Fit(rows, labels, options.ToRegression(), vocabulary);
        return new LinearStanceClassifier(model);
    }

    /// <summary>
    /// k-fold cross-validation (seeded): trains on k−1 parts, predicts the held-out part, and scores all held-out
    /// predictions together. By default the folds are stratified by label (<see cref="CrossValidation.KFold"/>);
    /// with <paramref name="groupByTarget"/> all examples of one target stay in the same fold (the targets are
    /// shuffled with the seed and dealt round-robin), so every fold is tested on unseen targets.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">k &lt; 2, or more folds than examples (or than targets when grouping).</exception>
    public static StanceEvaluationResult Evaluate(IReadOnlyList<StanceExample> examples, int folds = 5, int seed = 1, LinearStanceOptions? options = null, bool groupByTarget = false)
    {
        ArgumentNullException.ThrowIfNull(examples);
        options = (options ?? new LinearStanceOptions()) with { Seed = seed };
        var gold = examples.Select(e => StanceDataset.LabelName(e.Label)).ToList();
        var predicted = new StanceLabel[examples.Count];
        var targets = new Dictionary<string, StanceTarget>(StringComparer.Ordinal);
        var split = groupByTarget ? GroupFolds(examples, folds, seed) : CrossValidation.KFold(examples.Count, folds, seed, gold);
        foreach (var fold in split)
        {
            var model = Train(fold.Train.Select(i => examples[i]).ToList(), options);
            foreach (int i in fold.Test)
                predicted[i] = model.Classify(Target(targets, examples[i].Target), examples[i].Text).Label;
        }
        bool twoClass = examples.All(e => e.Label != StanceLabel.Neutral);
        string how = $"linear, {folds}-fold cross-validation{(groupByTarget ? " grouped by target" : "")}, seed {seed}";
        return StanceEvaluation.Score(how, $"{examples.Count} examples", examples.Select(e => e.Label).ToList(), predicted, 0, twoClass);
    }

    private static List<Fold> GroupFolds(IReadOnlyList<StanceExample> examples, int k, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 2);
        var groups = examples.Select(e => e.Target).Distinct(StringComparer.Ordinal).ToArray();
        if (groups.Length < k)
            throw new ArgumentOutOfRangeException(nameof(k), k, $"Cannot make {k} folds grouped by target from {groups.Length} targets.");
        new Random(seed).Shuffle(groups);
        var foldOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int g = 0; g < groups.Length; g++) foldOf[groups[g]] = g % k;
        return Enumerable.Range(0, k).Select(f => new Fold(f,
            Enumerable.Range(0, examples.Count).Where(i => foldOf[examples[i].Target] != f).ToList(),
            Enumerable.Range(0, examples.Count).Where(i => foldOf[examples[i].Target] == f).ToList())).ToList();
    }

    /// <inheritdoc />
    public StanceDecision Classify(StanceTarget target, string sentence, StanceContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(sentence);
        var features = StanceFeatures.Extract(target, sentence, context, _lexicon);
        // built here rather than with Vocabulary.Vectorize (which reuses one buffer) so Classify is thread-safe
        var row = SparseVector.FromPairs(features.Select(kv => (Index: Model.Vocabulary.IndexOf(kv.Key), kv.Value)).Where(t => t.Index >= 0));
        var p = Model.PredictProbabilities(row);
        int best = 0;
        for (int k = 1; k < p.Length; k++) if (p[k] > p[best]) best = k;
        var label = StanceDataset.ParseLabel(Model.Labels[best]);
        double pf = Probability(p, "favor"), pa = Probability(p, "against");
        // evidence: the features that push most toward the chosen class
        var cues = features
            .Select(kv => (kv.Key, Weight: Model.Vocabulary.IndexOf(kv.Key) is int j && j >= 0 ? Model.Coefficient(Model.Labels[best], j) * kv.Value : 0))
            .Where(t => t.Weight > 0).OrderByDescending(t => t.Weight).ThenBy(t => t.Key, StringComparer.Ordinal).Take(5)
            .Select(t => StanceFeatures.Describe(t.Key, t.Weight)).ToList();
        return new StanceDecision(label, p[best], pf - pa, cues);
    }

    /// <summary>Writes the model as JSON (gzip when the path ends in ".gz").</summary>
    public void Save(string path) => Model.Save(path);

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">The file is not a saved stance model; the message names the problem.</exception>
    public static LinearStanceClassifier Load(string path)
    {
        var model = MultinomialLogisticRegression.Load(path);
        try { return new LinearStanceClassifier(model); }
        catch (InvalidDataException e) { throw new InvalidDataException($"{path}: not a stance model. {e.Message}", e); }
    }

    private double Probability(double[] p, string label)
    {
        for (int k = 0; k < Model.Labels.Count; k++) if (Model.Labels[k] == label) return p[k];
        return 0;
    }

    private static StanceTarget Target(Dictionary<string, StanceTarget> cache, string name)
    {
        if (!cache.TryGetValue(name, out var t)) cache[name] = t = StanceTarget.FromName(name);
        return t;
    }
}
