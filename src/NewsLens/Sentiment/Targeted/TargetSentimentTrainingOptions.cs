using NewsLens.Learning;

namespace NewsLens.Sentiment.Targeted;

/// <summary>
/// Settings of <see cref="TargetSentimentModel.Train"/>. When <see cref="C"/> is null, C and the class weighting
/// are chosen on a seeded hold-out of <see cref="HoldOutFraction"/> of the training sentences (all targets of a
/// sentence fall on the same side) by macro-F1, over <see cref="CGrid"/> × {none, balanced}; the final model is
/// then refitted on all examples.
/// </summary>
/// <param name="Seed">Seed of the hold-out split (the only stochastic step).</param>
/// <param name="C">Inverse L2 strength (scikit-learn's C); null to tune it.</param>
/// <param name="ClassWeights">Class weighting when <see cref="C"/> is given.</param>
/// <param name="MinFeatureCount">Features seen in fewer training examples are dropped (keeps the model small).</param>
/// <param name="HoldOutFraction">Share of sentences held out for tuning (strictly between 0 and 1).</param>
/// <param name="MaxIterations">L-BFGS iteration limit per fit.</param>
/// <param name="Tolerance">L-BFGS tolerance (see <see cref="LogisticRegressionOptions.Tolerance"/>).</param>
public sealed record TargetSentimentTrainingOptions(
    int Seed = 1,
    double? C = null,
    ClassWeighting ClassWeights = ClassWeighting.Balanced,
    int MinFeatureCount = 3,
    double HoldOutFraction = 0.1,
    int MaxIterations = 500,
    double Tolerance = 1e-5)
{
    /// <summary>The values of C tried when tuning.</summary>
    public IReadOnlyList<double> CGrid { get; init; } = [0.003, 0.01, 0.03, 0.1, 0.3, 1.0];

    /// <summary>Throws when a setting is out of range, naming it and its valid range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range.</exception>
    public void Validate()
    {
        if (C is { } c) new LogisticRegressionOptions(C: c).Validate();
        if (MinFeatureCount < 1) throw new ArgumentOutOfRangeException(nameof(MinFeatureCount), MinFeatureCount, "MinFeatureCount must be at least 1.");
        if (!(HoldOutFraction > 0 && HoldOutFraction < 1))
            throw new ArgumentOutOfRangeException(nameof(HoldOutFraction), HoldOutFraction, "HoldOutFraction must be strictly between 0 and 1, e.g. 0.1.");
        if (CGrid is null || CGrid.Count == 0 || CGrid.Any(x => !(x > 0) || double.IsInfinity(x)))
            throw new ArgumentOutOfRangeException(nameof(CGrid), "CGrid must list at least one positive, finite C.");
        new LogisticRegressionOptions(MaxIterations: MaxIterations, Tolerance: Tolerance, ClassWeights: ClassWeights).Validate();
    }
}
