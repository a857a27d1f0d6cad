namespace NewsLens.Learning;

/// <summary>How training examples are weighted by class.</summary>
public enum ClassWeighting
{
    /// <summary>Every example weighs 1.</summary>
    None,

    /// <summary>
    /// Each example of class c weighs n / (K · n_c) (n examples, K classes, n_c of class c), as
    /// scikit-learn's <c>class_weight="balanced"</c>: every class contributes the same total weight.
    /// </summary>
    Balanced,
}
