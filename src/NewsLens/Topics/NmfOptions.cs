namespace NewsLens.Topics;

/// <summary>How <see cref="Nmf"/> weights the document-term matrix before factorising it.</summary>
public enum NmfWeighting
{
    /// <summary>Raw term counts.</summary>
    Count,

    /// <summary>Count × idf with idf = ln((1 + D) / (1 + df)) + 1 (the smoothed idf of scikit-learn's TfidfTransformer), no row normalisation.</summary>
    TfIdf,
}

/// <summary>Settings of <see cref="Nmf.Fit"/>; validated up front.</summary>
/// <param name="TopicCount">Number of topics K (at least 2).</param>
public sealed record NmfOptions(int TopicCount)
{
    /// <summary>Maximum number of multiplicative-update rounds (each updates H then W). Default 200; at least 1.</summary>
    public int MaxIterations { get; init; } = 200;

    /// <summary>
    /// Stop when the relative decrease of the squared Frobenius error in one round, (previous − current) / previous,
    /// falls below this. Default 1e-4; 0 runs all <see cref="MaxIterations"/>.
    /// </summary>
    public double Tolerance { get; init; } = 1e-4;

    /// <summary>Seed of the random initialisation. Default 1.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Matrix weighting. Default <see cref="NmfWeighting.TfIdf"/>.</summary>
    public NmfWeighting Weighting { get; init; } = NmfWeighting.TfIdf;

    /// <summary>Throws an <see cref="ArgumentException"/> naming the first invalid option and its valid range.</summary>
    public void Validate()
    {
        if (TopicCount < 2)
            throw new ArgumentException($"NmfOptions.TopicCount is {TopicCount}; it must be at least 2.");
        if (MaxIterations < 1)
            throw new ArgumentException($"NmfOptions.MaxIterations is {MaxIterations}; it must be at least 1.");
        if (!(Tolerance >= 0) || double.IsInfinity(Tolerance))
            throw new ArgumentException($"NmfOptions.Tolerance is {Tolerance}; it must be a finite number, 0 or more.");
        if (!Enum.IsDefined(Weighting))
            throw new ArgumentException($"NmfOptions.Weighting is {(int)Weighting}; valid choices: {string.Join(", ", Enum.GetNames<NmfWeighting>())}.");
    }
}
