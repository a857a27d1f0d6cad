using NewsLens.Stance;

namespace NewsLens.Tests.Stance;

public sealed class StanceDatasetTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"newslens-stance-{Guid.NewGuid():N}.jsonl");

    public void Dispose() => File.Delete(_path);

    [Fact]
    public void Malformed_lines_are_named_by_file_and_line()
    {
        File.WriteAllLines(_path, ["{\"target\":\"t\",\"text\":\"x\",\"label\":\"favor\"}", "", "{\"target\":\"t\",\"text\":\"x\"}"]);
        var e = Assert.Throws<FormatException>(() => StanceDataset.Read(_path));
        Assert.Contains($"{_path}:3:", e.Message);
        Assert.Contains("label", e.Message);

        File.WriteAllLines(_path, ["{\"target\":\"t\",\"text\":\"x\",\"label\":\"pro\"}"]);
        e = Assert.Throws<FormatException>(() => StanceDataset.Read(_path));
        Assert.Contains(":1:", e.Message);
        Assert.Contains("favor, against, neutral", e.Message);

        File.WriteAllLines(_path, ["not json"]);
        Assert.Contains(":1: not valid JSON", Assert.Throws<FormatException>(() => StanceDataset.Read(_path)).Message);
    }

    [Fact]
    public void Labels_parse_case_insensitively()
    {
        File.WriteAllLines(_path, ["{\"target\":\"t\",\"text\":\"a\",\"label\":\"FAVOR\",\"extra\":1}", "{\"target\":\"t\",\"text\":\"b\",\"label\":\"none\"}"]);
        Assert.Equal([StanceLabel.Favor, StanceLabel.Neutral], StanceDataset.Read(_path).Select(x => x.Label));
    }

    [Fact]
    public void Evaluation_counts_by_hand_and_maps_neutral_by_lean()
    {
        // The stand-in classifier reads its verdict from the text: "F", "A", "N+" (neutral leaning favor), "N-".
        File.WriteAllLines(_path,
        [
            "{\"target\":\"t\",\"text\":\"F\",\"label\":\"favor\"}",
            "{\"target\":\"t\",\"text\":\"F\",\"label\":\"favor\"}",
            "{\"target\":\"t\",\"text\":\"A\",\"label\":\"favor\"}",
            "{\"target\":\"t\",\"text\":\"N-\",\"label\":\"against\"}",
            "{\"target\":\"t\",\"text\":\"N+\",\"label\":\"against\"}",
        ]);
        var r = StanceEvaluation.Run(new TextIsVerdict(), _path);
        // gold favor: F,F,A -> 2 favor, 1 against; gold against: N- -> against, N+ -> favor
        Assert.Equal(2, r.Confusion.Count("favor", "favor"));
        Assert.Equal(1, r.Confusion.Count("favor", "against"));
        Assert.Equal(1, r.Confusion.Count("against", "against"));
        Assert.Equal(1, r.Confusion.Count("against", "favor"));
        Assert.Equal(2, r.NeutralPredictions);
        // favor: TP 2 FP 1 FN 1 -> F1 = 4/6; against: TP 1 FP 1 FN 1 -> F1 = 2/4
        double f1m = (4.0 / 6 + 2.0 / 4) / 2;
        Assert.Equal(f1m, r.MacroF1, 12);
        Assert.Equal(0.6, r.Accuracy, 12);
        Assert.Equal("F1m=0.583 accuracy=0.600 n=5", r.ToString().Split('\n')[^1]);
    }

    private sealed class TextIsVerdict : IStanceClassifier
    {
        public string Name => "stand-in";

        public StanceDecision Classify(StanceTarget target, string sentence, StanceContext? context = null) => sentence switch
        {
            "F" => new StanceDecision(StanceLabel.Favor, 1, 1, []),
            "A" => new StanceDecision(StanceLabel.Against, 1, -1, []),
            "N+" => new StanceDecision(StanceLabel.Neutral, 1, 0.1, []),
            _ => new StanceDecision(StanceLabel.Neutral, 1, -0.1, []),
        };
    }
}
