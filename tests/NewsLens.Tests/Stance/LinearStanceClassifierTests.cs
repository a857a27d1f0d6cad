using NewsLens.Stance;

namespace NewsLens.Tests.Stance;

public sealed class LinearStanceClassifierTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), $"newslens-linear-{Guid.NewGuid():N}");

    public LinearStanceClassifierTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static List<StanceExample> Toy()
    {
        string[] pro = ["this is good and helpful", "a great benefit for all", "we strongly support it", "it helps people a lot", "good policy that works", "support it because it is fair"];
        string[] con = ["this is harmful and bad", "a terrible cost for all", "we strongly oppose it", "it hurts people a lot", "bad policy that fails", "oppose it because it is unfair"];
        var list = new List<StanceExample>();
        foreach (var t in new[] { "School uniforms", "Free public transport" })
        {
            list.AddRange(pro.Select(p => new StanceExample(t, p, StanceLabel.Favor)));
            list.AddRange(con.Select(c => new StanceExample(t, c, StanceLabel.Against)));
        }
        return list;
    }

    [Fact]
    public void Same_seed_gives_the_same_model_file()
    {
        var a = Path.Combine(_dir, "a.json");
        var b = Path.Combine(_dir, "b.json");
        LinearStanceClassifier.Train(Toy(), new LinearStanceOptions(Seed: 7, MinCount: 1)).Save(a);
        LinearStanceClassifier.Train(Toy(), new LinearStanceOptions(Seed: 7, MinCount: 1)).Save(b);
        Assert.Equal(File.ReadAllBytes(a), File.ReadAllBytes(b));
    }

    [Fact]
    public void A_trained_model_separates_the_toy_data_and_survives_save_and_load()
    {
        var model = LinearStanceClassifier.Train(Toy(), new LinearStanceOptions(MinCount: 1, C: 10));
        var target = StanceTarget.FromName("School uniforms");
        var pro = model.Classify(target, "we support it, it is good");
        Assert.Equal(StanceLabel.Favor, pro.Label);
        Assert.True(pro.Lean > 0);
        Assert.Equal(StanceLabel.Against, model.Classify(target, "we oppose it, it is harmful").Label);
        var path = Path.Combine(_dir, "m.json");
        model.Save(path);
        var loaded = LinearStanceClassifier.Load(path);
        foreach (var e in Toy())
            Assert.Equal(model.Classify(StanceTarget.FromName(e.Target), e.Text), loaded.Classify(StanceTarget.FromName(e.Target), e.Text), new DecisionComparer());
    }

    [Fact]
    public void Cross_validation_scores_every_example_once()
    {
        var r = LinearStanceClassifier.Evaluate(Toy(), folds: 4, seed: 3, new LinearStanceOptions(MinCount: 1));
        Assert.Equal(24, r.N);
        Assert.Equal(24, r.Confusion.Total);
        Assert.Equal(12, r.Confusion.Support("favor"));
        var again = LinearStanceClassifier.Evaluate(Toy(), folds: 4, seed: 3, new LinearStanceOptions(MinCount: 1));
        Assert.Equal(r.ToString(), again.ToString());
        Assert.Throws<ArgumentOutOfRangeException>(() => LinearStanceClassifier.Evaluate(Toy(), folds: 1));
    }

    [Fact]
    public void Grouped_cross_validation_tests_on_unseen_targets()
    {
        var r = LinearStanceClassifier.Evaluate(Toy(), folds: 2, seed: 5, new LinearStanceOptions(MinCount: 1), groupByTarget: true);
        Assert.Equal(24, r.Confusion.Total);
        Assert.Contains("grouped by target", r.Classifier);
        // two targets, two folds: each fold trains on one target's 12 examples and tests on the other's
        Assert.Throws<ArgumentOutOfRangeException>(() => LinearStanceClassifier.Evaluate(Toy(), folds: 3, seed: 5, groupByTarget: true));
    }

    [Fact]
    public void Training_run_writes_a_loadable_model_and_bad_data_is_named()
    {
        var data = Path.Combine(_dir, "train.jsonl");
        File.WriteAllLines(data, Toy().Select(e => System.Text.Json.JsonSerializer.Serialize(new { target = e.Target, text = e.Text, label = StanceDataset.LabelName(e.Label) })));
        var outPath = Path.Combine(_dir, "out", "stance-model.json");
        var summary = StanceTraining.Run(data, outPath, seed: 1);
        Assert.Contains("24 examples", summary);
        Assert.Equal("linear", LinearStanceClassifier.Load(outPath).Name);
        File.AppendAllLines(data, ["{\"target\":\"x\"}"]);
        Assert.Contains(":25:", Assert.Throws<FormatException>(() => StanceTraining.Run(data, outPath, 1)).Message);
    }

    private sealed class DecisionComparer : IEqualityComparer<StanceDecision>
    {
        public bool Equals(StanceDecision? x, StanceDecision? y) =>
            x!.Label == y!.Label && Math.Abs(x.Confidence - y.Confidence) < 1e-12 && Math.Abs(x.Lean - y.Lean) < 1e-12 && x.Cues.SequenceEqual(y.Cues);

        public int GetHashCode(StanceDecision obj) => obj.Label.GetHashCode();
    }
}
