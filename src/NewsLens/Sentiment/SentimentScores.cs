namespace NewsLens.Sentiment;

/// <summary>
/// VADER-style scores of one sentence.
/// </summary>
/// <param name="Compound">Sum of the (modified) word valences normalised into [-1, 1] by x / sqrt(x² + 15).</param>
/// <param name="Positive">Share of the sentence's sentiment mass that is positive (0..1).</param>
/// <param name="Neutral">Share that is neutral (0..1).</param>
/// <param name="Negative">Share that is negative (0..1). Positive + Neutral + Negative = 1, or all three are 0 for a sentence without tokens.</param>
public readonly record struct SentimentScores(double Compound, double Positive, double Neutral, double Negative);
