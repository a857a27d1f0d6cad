namespace NewsLens.Topics;

/// <summary>
/// Latent Dirichlet allocation (Blei, Ng &amp; Jordan, JMLR 2003) fitted by collapsed Gibbs sampling
/// (Griffiths &amp; Steyvers, PNAS 2004) with the SparseLDA sampler (Yao, Mimno &amp; McCallum, KDD 2009).
/// </summary>
public static class Lda
{
    /// <summary>
    /// Fits LDA to <paramref name="corpus"/>. φ and θ are the posterior means given the final sample
    /// (or, with <see cref="LdaOptions.AveragedSweeps"/>, given the counts averaged over the last sweeps):
    /// φ(t,w) = (n(w,t) + β) / (n(t) + Vβ), θ(d,t) = (n(t,d) + α_t) / (n_d + α₀).
    /// </summary>
    /// <param name="corpus">The documents; must contain at least one token.</param>
    /// <param name="options">Validated settings (see <see cref="LdaOptions"/>).</param>
    /// <param name="cancellationToken">Checked between sweeps.</param>
    public static LdaModel Fit(TopicCorpus corpus, LdaOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (corpus.TokenCount == 0)
            throw new ArgumentException("Lda.Fit: the corpus has no tokens (after the vocabulary filter); nothing to fit.", nameof(corpus));
        var sampler = new LdaGibbsSampler(corpus, options);
        sampler.Run(cancellationToken);
        return LdaModel.FromSampler(corpus, options, sampler);
    }
}
