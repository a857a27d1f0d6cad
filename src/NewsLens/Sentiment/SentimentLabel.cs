namespace NewsLens.Sentiment;

/// <summary>Three-way polarity of a sentence or document.</summary>
public enum SentimentLabel
{
    /// <summary>Compound score at or below -0.05.</summary>
    Negative,

    /// <summary>Compound score strictly between -0.05 and 0.05.</summary>
    Neutral,

    /// <summary>Compound score at or above 0.05.</summary>
    Positive,
}
