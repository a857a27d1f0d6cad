using System.Text.Json;
using NewsLens.Evaluation;

namespace NewsLens.Tests.Evaluation;

/// <summary>
/// Compares the metrics with scikit-learn and SciPy on the lists in Fixtures/Evaluation/metrics_reference.json,
/// written by tests/reference/metrics_reference.py.
/// </summary>
public class SklearnReferenceTests
{
    private const double Tolerance = 1e-12;

    private static JsonElement Fixture()
    {
        var path = SharedData.Repo("tests", "NewsLens.Tests", "Fixtures", "Evaluation", "metrics_reference.json");
        return JsonDocument.Parse(File.ReadAllText(path)).RootElement;
    }

    private static string[] Strings(JsonElement e) => e.EnumerateArray().Select(x => x.GetString()!).ToArray();

    public static TheoryData<string> Cases() => new(Fixture().GetProperty("classification").EnumerateArray().Select(c => c.GetProperty("name").GetString()!));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Classification_measures_match_sklearn(string name)
    {
        var c = Fixture().GetProperty("classification").EnumerateArray().Single(x => x.GetProperty("name").GetString() == name);
        var labels = c.GetProperty("labels").ValueKind == JsonValueKind.Null ? null : Strings(c.GetProperty("labels"));
        var m = ConfusionMatrix.Create(Strings(c.GetProperty("gold")), Strings(c.GetProperty("predicted")), labels);

        Assert.InRange(Math.Abs(m.MacroF1 - c.GetProperty("macro_f1").GetDouble()), 0, Tolerance);
        Assert.InRange(Math.Abs(m.WeightedF1 - c.GetProperty("weighted_f1").GetDouble()), 0, Tolerance);
        Assert.InRange(Math.Abs(m.Accuracy - c.GetProperty("accuracy").GetDouble()), 0, Tolerance);
        foreach (var pc in c.GetProperty("per_class").EnumerateArray())
        {
            var label = pc.GetProperty("label").GetString()!;
            Assert.InRange(Math.Abs(m.Precision(label) - pc.GetProperty("precision").GetDouble()), 0, Tolerance);
            Assert.InRange(Math.Abs(m.Recall(label) - pc.GetProperty("recall").GetDouble()), 0, Tolerance);
            Assert.InRange(Math.Abs(m.F1(label) - pc.GetProperty("f1").GetDouble()), 0, Tolerance);
            Assert.Equal(pc.GetProperty("support").GetInt32(), m.Support(label));
        }
        Assert.InRange(Math.Abs(EvaluationMetrics.MacroF1(Strings(c.GetProperty("gold")), Strings(c.GetProperty("predicted")), labels)
            - c.GetProperty("macro_f1").GetDouble()), 0, Tolerance);
    }

    [Fact]
    public void SemEval_F_average_matches_sklearn_macro_over_favor_and_against()
    {
        var s = Fixture().GetProperty("semeval");
        double fAvg = EvaluationMetrics.SemEvalFAverage(Strings(s.GetProperty("gold")), Strings(s.GetProperty("predicted")));
        Assert.InRange(Math.Abs(fAvg - s.GetProperty("f_avg").GetDouble()), 0, Tolerance);
    }

    [Fact]
    public void Pearson_matches_scipy()
    {
        var p = Fixture().GetProperty("pearson");
        double[] x = p.GetProperty("x").EnumerateArray().Select(v => v.GetDouble()).ToArray();
        double[] y = p.GetProperty("y").EnumerateArray().Select(v => v.GetDouble()).ToArray();
        Assert.InRange(Math.Abs(EvaluationMetrics.Pearson(x, y) - p.GetProperty("r").GetDouble()), 0, Tolerance);
    }
}
