using NewsLens.Learning;

namespace NewsLens.Tests.Learning;

public class LogisticRegressionTests
{
    // Two separable-ish classes on one feature: x = +1 for "pos", −1 for "neg", plus one noisy row each.
    private static (List<SparseVector> Rows, List<string> Labels) Toy()
    {
        var rows = new List<SparseVector>();
        var labels = new List<string>();
        void Add(double x, double z, string l) { rows.Add(SparseVector.FromDense([x, z])); labels.Add(l); }
        Add(1, 0, "pos"); Add(2, 1, "pos"); Add(1.5, 0, "pos"); Add(-0.5, 1, "pos");
        Add(-1, 0, "neg"); Add(-2, 1, "neg"); Add(-1.5, 0, "neg"); Add(0.5, 1, "neg");
        return (rows, labels);
    }

    [Fact]
    public void GradientIsZeroAtTheOptimumOfTheHandWrittenObjective()
    {
        // At the optimum, ∂/∂b_k Σ log-loss = Σ_i (p_ik − y_ik) = 0 (intercepts unpenalised) and
        // Σ_i (p_ik − y_ik)·x_ij + W_kj / C = 0 — checked here from the definition, not from the optimiser.
        var (rows, labels) = Toy();
        const double C = 0.7;
        var model = MultinomialLogisticRegression.Fit(rows, labels, new LogisticRegressionOptions(C: C, Tolerance: 1e-12));
        foreach (var label in model.Labels)
        {
            int k = model.Labels.ToList().IndexOf(label);
            double gb = 0;
            var gw = new double[2];
            for (int i = 0; i < rows.Count; i++)
            {
                double r = model.PredictProbabilities(rows[i])[k] - (labels[i] == label ? 1 : 0);
                gb += r;
                for (int j = 0; j < 2; j++) gw[j] += r * rows[i][j];
            }
            Assert.Equal(0, gb, 1e-7);
            for (int j = 0; j < 2; j++) Assert.Equal(0, gw[j] + model.Coefficient(label, j) / C, 1e-7);
        }
    }

    [Fact]
    public void ProbabilitiesSumToOneAndPredictPicksTheLargest()
    {
        var (rows, labels) = Toy();
        var model = MultinomialLogisticRegression.Fit(rows, labels);
        var p = model.PredictProbabilities(SparseVector.FromDense([3, 0]));
        Assert.Equal(1, p.Sum(), 1e-12);
        Assert.Equal("pos", model.Predict(SparseVector.FromDense([3, 0])));
        Assert.Equal("neg", model.Predict(SparseVector.FromDense([-3, 0])));
    }

    [Fact]
    public void TrainingIsDeterministic()
    {
        var (rows, labels) = Toy();
        var a = MultinomialLogisticRegression.Fit(rows, labels);
        var b = MultinomialLogisticRegression.Fit(rows, labels);
        for (int j = 0; j < 2; j++)
            foreach (var l in a.Labels) Assert.Equal(a.Coefficient(l, j), b.Coefficient(l, j));
    }

    [Fact]
    public void StrongerRegularisationShrinksTheWeights()
    {
        var (rows, labels) = Toy();
        var loose = MultinomialLogisticRegression.Fit(rows, labels, new LogisticRegressionOptions(C: 100));
        var tight = MultinomialLogisticRegression.Fit(rows, labels, new LogisticRegressionOptions(C: 0.01));
        Assert.True(Math.Abs(tight.Coefficient("pos", 0)) < Math.Abs(loose.Coefficient("pos", 0)));
    }

    [Fact]
    public void BadInputIsRejectedWithClearMessages()
    {
        var (rows, labels) = Toy();
        var e1 = Assert.Throws<ArgumentException>(() => MultinomialLogisticRegression.Fit(rows, labels.Take(3).ToList()));
        Assert.Contains("8 rows but 3 labels", e1.Message);
        var e2 = Assert.Throws<ArgumentException>(() => MultinomialLogisticRegression.Fit(rows, rows.Select(_ => "x").ToList()));
        Assert.Contains("at least two classes", e2.Message);
        var e3 = Assert.Throws<ArgumentOutOfRangeException>(() => MultinomialLogisticRegression.Fit(rows, labels, new LogisticRegressionOptions(C: 0)));
        Assert.Contains("C (inverse regularisation strength)", e3.Message);
        var model = MultinomialLogisticRegression.Fit(rows, labels);
        var e4 = Assert.Throws<ArgumentException>(() => model.Intercept("maybe"));
        Assert.Contains("neg, pos", e4.Message);
    }

    [Fact]
    public void LoadingAFileThatIsNotAModelNamesTheFile()
    {
        var path = Path.Combine(Path.GetTempPath(), "newslens-notamodel-" + Guid.NewGuid().ToString("N") + ".json");
        try
        {
            File.WriteAllText(path, "{\"hello\": 1}");
            var e = Assert.Throws<InvalidDataException>(() => MultinomialLogisticRegression.Load(path));
            Assert.Contains(path, e.Message);
            Assert.Contains("format", e.Message);
            File.WriteAllText(path, "not json");
            var e2 = Assert.Throws<InvalidDataException>(() => MultinomialLogisticRegression.Load(path));
            Assert.Contains(path, e2.Message);
            Assert.Contains("not valid JSON", e2.Message);
            File.WriteAllText(path, "{\"format\":\"" + MultinomialLogisticRegression.FormatName + "\",\"version\":1,\"labels\":[\"a\",\"b\"]}");
            var e3 = Assert.Throws<InvalidDataException>(() => MultinomialLogisticRegression.Load(path));
            Assert.Contains("\"options\" is missing", e3.Message);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void UnknownFeaturesAreIgnoredByAFrozenVocabulary()
    {
        var vocab = new FeatureVocabulary();
        var rows = new List<SparseVector> { vocab.Vectorize(["good", "day"]), vocab.Vectorize(["bad", "day"]), vocab.Vectorize(["good"]), vocab.Vectorize(["bad"]) };
        var model = MultinomialLogisticRegression.Fit(rows, ["pos", "neg", "pos", "neg"], vocabulary: vocab);
        Assert.True(vocab.IsFrozen);
        Assert.Equal(3, vocab.Count);
        Assert.Equal(model.PredictProbabilities(["good"]), model.PredictProbabilities(["good", "never-seen"]));
        Assert.Equal("pos", model.Predict(vocab.Vectorize(["good", "unknown"])));
    }
}
