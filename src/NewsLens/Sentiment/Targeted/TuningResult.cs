using NewsLens.Learning;

namespace NewsLens.Sentiment.Targeted;

/// <summary>One setting tried while tuning, with its macro-F1 and accuracy on the held-out training sentences.</summary>
/// <param name="C">Inverse L2 strength.</param>
/// <param name="ClassWeights">Class weighting.</param>
/// <param name="MacroF1">Macro-F1 on the held-out targets.</param>
/// <param name="Accuracy">Accuracy on the held-out targets.</param>
/// <param name="HeldOut">Number of held-out targets.</param>
public sealed record TuningResult(double C, ClassWeighting ClassWeights, double MacroF1, double Accuracy, int HeldOut);
