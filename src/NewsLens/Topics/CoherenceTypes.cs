namespace NewsLens.Topics;

/// <summary>The topic coherence measures of <see cref="Coherence"/>.</summary>
public enum CoherenceMeasure
{
    /// <summary>UMass (Mimno et al., EMNLP 2011): mean over ordered word pairs i &gt; j of ln((D(w_i, w_j)/N + ε) / (D(w_j)/N)), document co-occurrence.</summary>
    UMass,

    /// <summary>NPMI (Bouma 2009; Röder et al. 2015): mean normalised PMI over all ordered pairs i ≠ j, boolean sliding windows of 10 tokens.</summary>
    Npmi,

    /// <summary>C_v (Röder, Both &amp; Hinneburg, WSDM 2015): mean cosine between each word's NPMI context vector and the topic's, sliding windows of 110 tokens.</summary>
    Cv,
}

/// <summary>How boolean sliding windows are counted for <see cref="CoherenceMeasure.Npmi"/> and <see cref="CoherenceMeasure.Cv"/>.</summary>
public enum WindowCounting
{
    /// <summary>By the definition: a window contains a word when any of its tokens is that word.</summary>
    Exact,

    /// <summary>
    /// As gensim's CoherenceModel (4.x) counts them: after the first window of a text, the word that leaves the
    /// window is removed from the window's word set even when another copy of it is still inside. Use this to
    /// reproduce gensim's numbers; it undercounts words that repeat within a window's span.
    /// </summary>
    GensimCompatible,
}

/// <summary>Settings of <see cref="Coherence.Compute(IReadOnlyList{IReadOnlyList{string}}, IReadOnlyList{IReadOnlyList{string}}, CoherenceMeasure, CoherenceOptions?)"/>.</summary>
public sealed record CoherenceOptions
{
    /// <summary>Sliding-window size in tokens; null uses the measure's default (NPMI 10, C_v 110). Ignored by UMass.</summary>
    public int? WindowSize { get; init; }

    /// <summary>How windows are counted. Default <see cref="WindowCounting.Exact"/>.</summary>
    public WindowCounting Counting { get; init; } = WindowCounting.Exact;
}

/// <summary>The coherence of one topic.</summary>
/// <param name="Topic">Index of the topic in the input.</param>
/// <param name="Words">The topic's words, in the given order.</param>
/// <param name="Coherence">The measure's value for this topic.</param>
public sealed record TopicCoherence(int Topic, IReadOnlyList<string> Words, double Coherence);

/// <summary>Coherence of a set of topics against a reference corpus.</summary>
/// <param name="Measure">The measure computed.</param>
/// <param name="WindowSize">The sliding-window size used, or null for UMass (whole documents).</param>
/// <param name="Counting">How windows were counted (irrelevant for UMass).</param>
/// <param name="ReferenceUnits">Number of documents (UMass) or windows (NPMI, C_v) the probabilities were estimated from.</param>
/// <param name="Topics">Per topic, its value.</param>
/// <param name="Mean">Arithmetic mean over the topics.</param>
public sealed record CoherenceResult(
    CoherenceMeasure Measure, int? WindowSize, WindowCounting Counting, long ReferenceUnits, IReadOnlyList<TopicCoherence> Topics, double Mean);
