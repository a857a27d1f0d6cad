using NewsLens.Sentiment;
using NewsLens.Sentiment.Targeted;

namespace NewsLens.Tests.Sentiment.Targeted;

public class TargetSentimentEvaluationTests
{
    /// <summary>Predicts from a fixed list, in call order.</summary>
    private sealed class Scripted(params SentimentLabel[] answers) : ITargetSentimentClassifier
    {
        private int _next;
        public TargetSentiment Predict(string sentence, int from, int to) => new(answers[_next++], 0, 1);
    }

    [Fact]
    public void ReportEndsWithTheF1mLine()
    {
        // gold: Neg, Neg, Neu, Pos; predicted: Neg, Neu, Neu, Neu.
        // Negative: TP 1, FN 1 → F1 = 2/(2+0+1) = 2/3; Neutral: TP 1, FP 2 → 2/(2+2+0) = 1/2; Positive: TP 0 → 0.
        // F1m = (2/3 + 1/2 + 0)/3 = 0.3889; accuracy = 2/4.
        var examples = new[]
        {
            new TargetSentimentExample("A hit B.", 0, 1, SentimentLabel.Negative),
            new TargetSentimentExample("A hit B.", 6, 7, SentimentLabel.Negative),
            new TargetSentimentExample("C met D.", 0, 1, SentimentLabel.Neutral),
            new TargetSentimentExample("E loves F.", 9, 10, SentimentLabel.Positive),
        };
        var result = TargetSentimentEvaluation.Run(new Scripted(SentimentLabel.Negative, SentimentLabel.Neutral, SentimentLabel.Neutral, SentimentLabel.Neutral), examples, "hand-made");
        Assert.Equal((2.0 / 3 + 0.5 + 0) / 3, result.MacroF1, 1e-12);
        Assert.Equal(0.5, result.Accuracy, 1e-12);
        Assert.Equal(4, result.Targets);
        var lastLine = result.ToString().Split('\n')[^1];
        Assert.Equal("F1m=0.389 accuracy=0.500 n=4", lastLine);
    }
}
