using NewsLens.Sentiment.Targeted;
using Xunit.Abstractions;

namespace NewsLens.Tests.Sentiment.Targeted;

/// <summary>
/// Regression floors on NewsMTSC's multi-target test set (../shared/eval/newsmtsc/devtest_mt.jsonl), slightly below
/// the figures measured when the shipped model was trained (docs/accuracy.md, "Target-dependent sentiment"): shipped model
/// F1m 0.654, rule baseline F1m 0.532. Majority class (negative, the most frequent training label) F1m 0.164.
/// </summary>
public class NewsMtscAccuracyTests(ITestOutputHelper output)
{
    private static string DevTest => SharedData.Path_("eval", "newsmtsc", "devtest_mt.jsonl");

    [Fact]
    public void ShippedModelStaysAboveItsFloor()
    {
        if (!SharedData.Available) { output.WriteLine("../shared is absent; skipped."); return; }
        var result = TargetSentimentEvaluation.Run(TargetSentimentModel.Default, DevTest);
        output.WriteLine(result.ToString());
        Assert.Equal(1476, result.Targets);
        Assert.True(result.MacroF1 >= 0.63, $"F1m {result.MacroF1:F3} fell below 0.63");
        Assert.True(result.Accuracy >= 0.66, $"accuracy {result.Accuracy:F3} fell below 0.66");
    }

    [Fact]
    public void RuleBaselineStaysAboveItsFloor()
    {
        if (!SharedData.Available) { output.WriteLine("../shared is absent; skipped."); return; }
        var result = TargetSentimentEvaluation.Run(RuleTargetSentiment.Instance, DevTest);
        output.WriteLine(result.ToString());
        Assert.True(result.MacroF1 >= 0.50, $"F1m {result.MacroF1:F3} fell below 0.50");
    }
}
