namespace NewsLens.Sentiment.Targeted;

/// <summary>A labelled target mention: the sentence, the mention's character span [From, To) and its gold sentiment.</summary>
/// <param name="Sentence">The sentence.</param>
/// <param name="From">Offset of the mention's first character.</param>
/// <param name="To">Offset one past the mention's last character.</param>
/// <param name="Label">The sentiment of the sentence toward the mention.</param>
public sealed record TargetSentimentExample(string Sentence, int From, int To, SentimentLabel Label)
{
    /// <summary>The mention's text.</summary>
    public string Mention => Sentence[From..To];
}
