using System.Text.Json;
using NewsLens.Learning;

namespace NewsLens.Tests.Learning;

/// <summary>
/// Compares <see cref="MultinomialLogisticRegression"/> with scikit-learn's multinomial L-BFGS
/// LogisticRegression on the fixed dataset of Fixtures/Learning/logreg_reference.json
/// (written by tests/reference/logreg_reference.py).
/// </summary>
public class LogisticRegressionSklearnTests
{
    private static readonly string FixturePath = SharedData.Repo("tests", "NewsLens.Tests", "Fixtures", "Learning", "logreg_reference.json");

    public static TheoryData<string> Cases() => ["C1", "C0.2-balanced", "C10"];

    [Theory]
    [MemberData(nameof(Cases))]
    public void ProbabilitiesAndCoefficientsMatchScikitLearn(string caseName)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(FixturePath));
        var root = doc.RootElement;
        var rows = root.GetProperty("X").EnumerateArray()
            .Select(r => SparseVector.FromDense(r.EnumerateArray().Select(v => v.GetDouble()).ToArray())).ToList();
        var y = root.GetProperty("y").EnumerateArray().Select(v => v.GetString()!).ToList();
        var c = root.GetProperty("cases").EnumerateArray().Single(e => e.GetProperty("name").GetString() == caseName);
        var weighting = c.GetProperty("class_weight").ValueKind == JsonValueKind.Null ? ClassWeighting.None : ClassWeighting.Balanced;
        var options = new LogisticRegressionOptions(C: c.GetProperty("C").GetDouble(), MaxIterations: 10000, Tolerance: 1e-12, ClassWeights: weighting);

        var model = MultinomialLogisticRegression.Fit(rows, y, options);

        var classes = c.GetProperty("classes").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Equal(classes, model.Labels);
        var expected = c.GetProperty("probabilities").EnumerateArray().Select(r => r.EnumerateArray().Select(v => v.GetDouble()).ToArray()).ToList();
        double worst = 0;
        for (int i = 0; i < rows.Count; i++)
        {
            var p = model.PredictProbabilities(rows[i]);
            for (int k = 0; k < classes.Count; k++) worst = Math.Max(worst, Math.Abs(p[k] - expected[i][k]));
        }
        Assert.True(worst < 1e-5, $"largest probability difference {worst:E2}");

        var coef = c.GetProperty("coef").EnumerateArray().Select(r => r.EnumerateArray().Select(v => v.GetDouble()).ToArray()).ToList();
        var intercept = c.GetProperty("intercept").EnumerateArray().Select(v => v.GetDouble()).ToArray();
        for (int k = 0; k < classes.Count; k++)
        {
            Assert.Equal(intercept[k], model.Intercept(classes[k]), 1e-4);
            for (int j = 0; j < coef[k].Length; j++)
                Assert.Equal(coef[k][j], model.Coefficient(classes[k], j), 1e-4);
        }
    }

    [Fact]
    public void SaveAndLoadGiveTheSameProbabilities()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(FixturePath));
        var rows = doc.RootElement.GetProperty("X").EnumerateArray()
            .Select(r => SparseVector.FromDense(r.EnumerateArray().Select(v => v.GetDouble()).ToArray())).ToList();
        var y = doc.RootElement.GetProperty("y").EnumerateArray().Select(v => v.GetString()!).ToList();
        var model = MultinomialLogisticRegression.Fit(rows, y, new LogisticRegressionOptions(C: 0.5));
        foreach (var ext in new[] { ".json", ".json.gz" })
        {
            var path = Path.Combine(Path.GetTempPath(), "newslens-logreg-" + Guid.NewGuid().ToString("N") + ext);
            try
            {
                model.Save(path);
                var loaded = MultinomialLogisticRegression.Load(path);
                Assert.Equal(model.Labels, loaded.Labels);
                Assert.Equal(model.Vocabulary.Names, loaded.Vocabulary.Names);
                Assert.Equal(model.Options, loaded.Options);
                Assert.Equal(model.Training, loaded.Training);
                foreach (var r in rows) Assert.Equal(model.PredictProbabilities(r), loaded.PredictProbabilities(r));
            }
            finally { File.Delete(path); }
        }
    }
}
