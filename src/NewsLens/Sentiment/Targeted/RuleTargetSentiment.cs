namespace NewsLens.Sentiment.Targeted;

/// <summary>
/// A hand-weighted baseline over the same <see cref="TargetFeatures"/> the supervised model learns from:
/// score = Σ windowed VADER valence (positive − negative; weight 1 within 3 tokens of the mention, 0.5 within 8, 0.15 farther)
/// + 0.3 · sentence compound + cue-verb role (object of an attack verb −1, object of praise +1, subject of an
/// attack −0.15, subject of praise +0.15) + 0.3 · the valence of the target's own quoted words. The label is
/// positive above <see cref="Threshold"/>, negative below −<see cref="Threshold"/>, neutral between; the reported score
/// is tanh(score) and the confidence its absolute value. Needs no training; thread-safe.
/// </summary>
public sealed class RuleTargetSentiment : ITargetSentimentClassifier
{
    /// <summary>The rule score beyond which a mention is called positive (or, negated, negative).</summary>
    public const double Threshold = 0.25;

    /// <summary>The shared instance.</summary>
    public static RuleTargetSentiment Instance { get; } = new();

    /// <inheritdoc />
    public TargetSentiment Predict(string sentence, int from, int to)
    {
        var raw = RawScore(TargetFeatures.Extract(sentence, from, to));
        var label = raw > Threshold ? SentimentLabel.Positive : raw < -Threshold ? SentimentLabel.Negative : SentimentLabel.Neutral;
        double score = Math.Tanh(raw);
        return new TargetSentiment(label, score, Math.Abs(score));
    }

    /// <summary>The unsquashed rule score of a feature list produced by <see cref="TargetFeatures.Extract(string, int, int)"/>.</summary>
    public static double RawScore(IEnumerable<KeyValuePair<string, double>> features)
    {
        ArgumentNullException.ThrowIfNull(features);
        double s = 0;
        foreach (var (name, v) in features)
        {
            s += name switch
            {
                "v+:L1-3" or "v+:R1-3" => v,
                "v-:L1-3" or "v-:R1-3" => -v,
                "v+:L4-8" or "v+:R4-8" => 0.5 * v,
                "v-:L4-8" or "v-:R4-8" => -0.5 * v,
                "v+:Lfar" or "v+:Rfar" => 0.15 * v,
                "v-:Lfar" or "v-:Rfar" => -0.15 * v,
                "vader:compound" => 0.3 * v,
                "cue:attack:obj" => -1.0,
                "cue:praise:obj" => 1.0,
                "cue:attack:subj" => -0.15,
                "cue:praise:subj" => 0.15,
                "quote:own_words" => 0.3 * v,
                _ => 0,
            };
        }
        return s;
    }
}
