namespace NewsLens.Topics;

/// <summary>
/// Settings of <see cref="Lda.Fit"/>. Validated up front by <see cref="Validate"/>; a wrong value names the
/// option and the valid range.
/// </summary>
/// <param name="TopicCount">Number of topics K (at least 2).</param>
public sealed record LdaOptions(int TopicCount)
{
    /// <summary>
    /// Symmetric Dirichlet prior on each document's topic mixture, per topic. Default 0.1: news articles
    /// usually mix few topics, and a small α keeps θ sparse (Griffiths &amp; Steyvers' 50/K smooths much more
    /// strongly when K is small). Must be &gt; 0. With <see cref="OptimizeAlpha"/> this is the starting value.
    /// </summary>
    public double Alpha { get; init; } = 0.1;

    /// <summary>Symmetric Dirichlet prior on each topic's word distribution (β, also called η). Default 0.01; must be &gt; 0.</summary>
    public double Eta { get; init; } = 0.01;

    /// <summary>Number of Gibbs sweeps over the corpus. Default 500; at least 1.</summary>
    public int Iterations { get; init; } = 500;

    /// <summary>Seed of every random choice; the same seed, corpus and options give bit-identical results.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>
    /// 1 (default) samples serially. More than 1 cuts the corpus into as many document ranges and word ranges
    /// and lets the threads sample blocks that share no document and no word, in rounds (Yan, Xu &amp; Qi, NIPS
    /// 2009); only the topic totals are a round behind between threads. Results stay deterministic for a fixed
    /// seed and thread count, but differ between thread counts.
    /// </summary>
    public int Threads { get; init; } = 1;

    /// <summary>
    /// Learn an asymmetric α by Minka's fixed-point iteration (Wallach, Mimno &amp; McCallum, NIPS 2009),
    /// every <see cref="OptimizeInterval"/> sweeps after <see cref="BurnIn"/>. Default false.
    /// </summary>
    public bool OptimizeAlpha { get; init; }

    /// <summary>Sweeps before the first α optimisation. Default 100; at least 0.</summary>
    public int BurnIn { get; init; } = 100;

    /// <summary>Sweeps between α optimisations. Default 20; at least 1.</summary>
    public int OptimizeInterval { get; init; } = 20;

    /// <summary>
    /// Number of final sweeps whose topic-word and document-topic counts are averaged into φ and θ (0, the default,
    /// uses the final sample only). Averaging the samples of one chain after burn-in is the estimator recommended by
    /// Nguyen, Hu &amp; Boyd-Graber ("Sometimes average is best: the importance of averaging for prediction using MCMC
    /// inference in topic modeling", EMNLP 2014); within one chain the topics keep their labels, so the average is
    /// meaningful (Griffiths &amp; Steyvers, PNAS 2004, discuss why averaging across chains is not). Between 0 and
    /// <see cref="Iterations"/>.
    /// </summary>
    public int AveragedSweeps { get; init; }

    /// <summary>Throws an <see cref="ArgumentException"/> naming the first invalid option and its valid range.</summary>
    public void Validate()
    {
        if (TopicCount < 2)
            throw new ArgumentException($"LdaOptions.TopicCount is {TopicCount}; it must be at least 2.");
        if (!(Alpha > 0) || double.IsInfinity(Alpha))
            throw new ArgumentException($"LdaOptions.Alpha is {Alpha}; it must be a finite number greater than 0.");
        if (!(Eta > 0) || double.IsInfinity(Eta))
            throw new ArgumentException($"LdaOptions.Eta is {Eta}; it must be a finite number greater than 0.");
        if (Iterations < 1)
            throw new ArgumentException($"LdaOptions.Iterations is {Iterations}; it must be at least 1.");
        if (Threads < 1)
            throw new ArgumentException($"LdaOptions.Threads is {Threads}; it must be at least 1 (1 = serial, deterministic).");
        if (BurnIn < 0)
            throw new ArgumentException($"LdaOptions.BurnIn is {BurnIn}; it must be 0 or more.");
        if (OptimizeInterval < 1)
            throw new ArgumentException($"LdaOptions.OptimizeInterval is {OptimizeInterval}; it must be at least 1.");
        if (AveragedSweeps < 0 || AveragedSweeps > Iterations)
            throw new ArgumentException($"LdaOptions.AveragedSweeps is {AveragedSweeps}; it must be between 0 (final sample only) and Iterations ({Iterations}).");
        if (OptimizeAlpha && BurnIn + OptimizeInterval > Iterations)
            throw new ArgumentException(
                $"LdaOptions.OptimizeAlpha is on but BurnIn ({BurnIn}) + OptimizeInterval ({OptimizeInterval}) exceeds Iterations ({Iterations}), so α would never be optimised; lower BurnIn or raise Iterations.");
    }
}
