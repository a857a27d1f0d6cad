using System.Globalization;

namespace NewsLens.Learning;

/// <summary>
/// Settings of <see cref="MultinomialLogisticRegression.Fit(IReadOnlyList{SparseVector}, IReadOnlyList{string}, LogisticRegressionOptions?, FeatureVocabulary?)"/>.
/// The objective is scikit-learn's: Σᵢ sᵢ·(−log P(yᵢ | xᵢ)) + ‖W‖² / (2C), where sᵢ is the example's class
/// weight (1 without weighting) and the intercepts are not penalised. Training is deterministic, so
/// there is no seed.
/// </summary>
/// <param name="C">Inverse regularisation strength (scikit-learn's <c>C</c>; λ = 1/C multiplies ½‖W‖²). Larger C fits the training data more closely. Must be positive and finite.</param>
/// <param name="MaxIterations">L-BFGS iteration limit (≥ 1).</param>
/// <param name="Tolerance">Convergence test: stop when the largest absolute component of the objective's gradient,
/// divided by the total example weight Σᵢ sᵢ, is at most this (≥ 0). 1e-6 is tight for text models; use 1e-10 to reproduce a reference.</param>
/// <param name="ClassWeights">Per-class example weights.</param>
/// <param name="Memory">Number of L-BFGS correction pairs kept (≥ 1).</param>
public sealed record LogisticRegressionOptions(
    double C = 1.0,
    int MaxIterations = 1000,
    double Tolerance = 1e-6,
    ClassWeighting ClassWeights = ClassWeighting.None,
    int Memory = 10)
{
    /// <summary>Throws when a setting is out of range, naming it and its valid range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range.</exception>
    public void Validate()
    {
        if (!(C > 0) || double.IsInfinity(C))
            throw new ArgumentOutOfRangeException(nameof(C), C, "C (inverse regularisation strength) must be positive and finite, e.g. 1.0.");
        if (MaxIterations < 1)
            throw new ArgumentOutOfRangeException(nameof(MaxIterations), MaxIterations, "MaxIterations must be at least 1.");
        if (!(Tolerance >= 0) || double.IsInfinity(Tolerance))
            throw new ArgumentOutOfRangeException(nameof(Tolerance), Tolerance, "Tolerance must be zero or a positive finite number.");
        if (!Enum.IsDefined(ClassWeights))
            throw new ArgumentOutOfRangeException(nameof(ClassWeights), ClassWeights, "ClassWeights must be one of: " + string.Join(", ", Enum.GetNames<ClassWeighting>()) + ".");
        if (Memory < 1)
            throw new ArgumentOutOfRangeException(nameof(Memory), Memory, "Memory must be at least 1.");
    }

    /// <summary>A compact description, e.g. "C=1 maxIter=1000 tol=1E-06 weights=None".</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"C={C} maxIter={MaxIterations} tol={Tolerance} weights={ClassWeights} memory={Memory}");
}
