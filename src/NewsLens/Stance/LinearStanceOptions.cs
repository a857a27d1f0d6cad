using NewsLens.Learning;

namespace NewsLens.Stance;

/// <summary>Settings for training a <see cref="LinearStanceClassifier"/>.</summary>
/// <param name="Seed">Seed for every random step (the order of examples before training and the cross-validation folds).</param>
/// <param name="C">Inverse L2 regularisation strength of the logistic regression (larger fits the training data more closely).</param>
/// <param name="MinCount">A feature must occur in at least this many training examples to be kept.</param>
/// <param name="MaxIterations">L-BFGS iteration limit.</param>
public sealed record LinearStanceOptions(int Seed = 1, double C = 0.5, int MinCount = 2, int MaxIterations = 500)
{
    /// <summary>Throws when a setting is out of range, naming it and its valid range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range.</exception>
    public void Validate()
    {
        if (MinCount < 1) throw new ArgumentOutOfRangeException(nameof(MinCount), MinCount, "MinCount must be at least 1.");
        ToRegression().Validate();
    }

    internal LogisticRegressionOptions ToRegression() => new(C: C, MaxIterations: MaxIterations);
}
