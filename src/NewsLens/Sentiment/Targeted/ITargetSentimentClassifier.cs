namespace NewsLens.Sentiment.Targeted;

/// <summary>Anything that scores the sentiment of a sentence toward a target mention (the supervised model, the rule baseline).</summary>
public interface ITargetSentimentClassifier
{
    /// <summary>The sentiment of <paramref name="sentence"/> toward the mention at characters [<paramref name="from"/>, <paramref name="to"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The span is empty or outside the sentence.</exception>
    TargetSentiment Predict(string sentence, int from, int to);
}
