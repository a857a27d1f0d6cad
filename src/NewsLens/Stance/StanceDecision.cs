namespace NewsLens.Stance;

/// <summary>A classifier's verdict on one sentence.</summary>
/// <param name="Label">Favor, Against or Neutral.</param>
/// <param name="Confidence">How sure the classifier is of <paramref name="Label"/>, in [0, 1] (a probability for
/// the linear model; a squashed cue score for the lexicon model).</param>
/// <param name="Lean">Signed lean in [-1, 1]: above 0 toward favor, below 0 toward against, whatever the label
/// (used to break a Neutral verdict on two-class data).</param>
/// <param name="Cues">The evidence: cue phrases found (e.g. "warned", "not+risk", "vader:-0.52"), or the model's
/// strongest features.</param>
public sealed record StanceDecision(StanceLabel Label, double Confidence, double Lean, IReadOnlyList<string> Cues)
{
    /// <summary>The no-evidence verdict: Neutral, confidence 0.</summary>
    public static StanceDecision None { get; } = new(StanceLabel.Neutral, 0, 0, []);
}
