namespace NewsLens.Sentiment.Targeted;

/// <summary>The sentiment of a sentence toward one target mention.</summary>
/// <param name="Label">Negative, neutral or positive toward the target.</param>
/// <param name="Score">P(positive) − P(negative) for the supervised model, in [-1, 1]; for the rule baseline its
/// squashed rule score (tanh), also in [-1, 1].</param>
/// <param name="Confidence">The probability of <paramref name="Label"/> (supervised model) or |Score| (rules), in [0, 1].</param>
public readonly record struct TargetSentiment(SentimentLabel Label, double Score, double Confidence);
