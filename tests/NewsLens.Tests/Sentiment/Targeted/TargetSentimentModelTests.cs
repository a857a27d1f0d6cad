using NewsLens.Learning;
using NewsLens.Sentiment;
using NewsLens.Sentiment.Targeted;

namespace NewsLens.Tests.Sentiment.Targeted;

public class TargetSentimentModelTests
{
    private static TargetSentiment Predict(string sentence, string mention)
    {
        int from = sentence.IndexOf(mention, StringComparison.Ordinal);
        return TargetSentimentModel.Default.Predict(sentence, from, from + mention.Length);
    }

    [Fact]
    public void TheShippedModelReadsHandMadeSentences()
    {
        var turkey = Predict("Pence warned Turkey that it could risk its membership.", "Turkey");
        Assert.Equal(SentimentLabel.Negative, turkey.Label);
        Assert.True(turkey.Score < 0);
        var putin = Predict("Erdogan praised Putin.", "Putin");
        Assert.Equal(SentimentLabel.Positive, putin.Label);
        Assert.True(putin.Score > 0);
        var biden = Predict("Trump accused Biden of lying about the deal.", "Biden");
        Assert.Equal(SentimentLabel.Negative, biden.Label);
    }

    [Fact]
    public void ScoreIsPositiveMinusNegativeProbabilityAndConfidenceTheWinnersProbability()
    {
        const string s = "Erdogan praised Putin.";
        var m = TargetSentimentModel.Default;
        var r = m.Predict(s, 16, 21);
        var features = TargetFeatures.Extract(s, 16, 21);
        var p = m.Classifier.PredictProbabilities(SparseVector.FromPairs(
            features.Where(kv => m.Classifier.Vocabulary.TryGetIndex(kv.Key, out _)).Select(kv => (m.Classifier.Vocabulary.IndexOf(kv.Key), kv.Value))));
        var labels = m.Classifier.Labels.ToList();
        Assert.Equal(p[labels.IndexOf("Positive")] - p[labels.IndexOf("Negative")], r.Score, 1e-12);
        Assert.Equal(p.Max(), r.Confidence, 1e-12);
        Assert.Equal(r, m.Predict(s, [(16, 21)]).Single());
    }

    [Fact]
    public void ShippedModelIsSmall()
    {
        var path = SharedData.Repo("src", "NewsLens", "Resources", "models", "target-sentiment.json.gz");
        Assert.True(new FileInfo(path).Length < 2_000_000);
    }

    [Fact]
    public void TrainingTwiceWithTheSameSeedGivesIdenticalWeights()
    {
        var examples = Synthetic();
        var options = new TargetSentimentTrainingOptions(Seed: 7, MinFeatureCount: 1) { CGrid = [0.3, 3] };
        var a = TargetSentimentModel.Train(examples, options);
        var b = TargetSentimentModel.Train(examples, options);
        Assert.Equal(a.Tuning, b.Tuning);
        Assert.Equal(a.Classifier.Vocabulary.Names, b.Classifier.Vocabulary.Names);
        foreach (var label in a.Classifier.Labels)
            for (int j = 0; j < a.Classifier.FeatureCount; j++)
                Assert.Equal(a.Classifier.Coefficient(label, j), b.Classifier.Coefficient(label, j));
        Assert.Equal(4, a.Tuning.Count); // 2 values of C × {none, balanced}
    }

    [Fact]
    public void SaveAndLoadKeepThePredictions()
    {
        var model = TargetSentimentModel.Train(Synthetic(), new TargetSentimentTrainingOptions(C: 1, MinFeatureCount: 1));
        var path = Path.Combine(Path.GetTempPath(), "newslens-ts-" + Guid.NewGuid().ToString("N") + ".json");
        try
        {
            model.Save(path);
            var loaded = TargetSentimentModel.Load(path);
            foreach (var ex in Synthetic().Take(10))
                Assert.Equal(model.Predict(ex.Sentence, ex.From, ex.To), loaded.Predict(ex.Sentence, ex.From, ex.To));
            File.WriteAllText(path, "{\"format\":\"something-else\"}");
            var e = Assert.Throws<InvalidDataException>(() => TargetSentimentModel.Load(path));
            Assert.Contains(path, e.Message);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void TrainingOnOnlyTwoClassesIsRefused()
    {
        var twoClasses = Synthetic().Where(e => e.Label != SentimentLabel.Neutral).ToList();
        var e = Assert.Throws<ArgumentException>(() => TargetSentimentModel.Train(twoClasses, new TargetSentimentTrainingOptions(C: 1)));
        Assert.Contains("Neutral", e.Message);
    }

    /// <summary>Sixty small sentences where an attack verb makes its object negative, praise positive, a meeting neutral.</summary>
    private static List<TargetSentimentExample> Synthetic()
    {
        string[] names = ["Merkel", "Macron", "Putin", "Erdogan", "Biden", "Trudeau", "Modi", "Abe", "Xi", "Lula"];
        var list = new List<TargetSentimentExample>();
        for (int i = 0; i < names.Length; i++)
        {
            string a = names[i], b = names[(i + 3) % names.Length];
            foreach (var (verb, label) in new[] { ("attacked", SentimentLabel.Negative), ("praised", SentimentLabel.Positive), ("met", SentimentLabel.Neutral) })
            {
                string s = $"{a} {verb} {b} on Monday.";
                list.Add(new TargetSentimentExample(s, s.IndexOf(b, StringComparison.Ordinal), s.IndexOf(b, StringComparison.Ordinal) + b.Length, label));
                list.Add(new TargetSentimentExample(s, 0, a.Length, SentimentLabel.Neutral));
            }
        }
        return list;
    }
}
