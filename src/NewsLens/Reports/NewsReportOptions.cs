namespace NewsLens.Reports;

/// <summary>What goes into a <see cref="NewsReport"/>. Validated when the report is built.</summary>
public sealed record NewsReportOptions
{
    /// <summary>Report title; by default "NewsLens report: &lt;corpus name&gt;".</summary>
    public string? Title { get; init; }

    /// <summary>Number of top terms shown (≥ 1).</summary>
    public int TopTerms { get; init; } = 25;

    /// <summary>Metadata field whose groups are compared by keyness (each group against the rest).</summary>
    public string KeynessField { get; init; } = "outlet";

    /// <summary>At most this many groups get a keyness chart (the largest groups first).</summary>
    public int MaxKeynessGroups { get; init; } = 6;

    /// <summary>Keyness terms shown per side (target-heavy and reference-heavy).</summary>
    public int KeynessTerms { get; init; } = 10;

    /// <summary>Number of actors shown in the actors chart and table (≥ 1).</summary>
    public int TopActors { get; init; } = 20;

    /// <summary>The stance target (name and terms); null leaves the stance section out.</summary>
    public NewsLens.Stance.StanceTarget? StanceTarget { get; init; }

    /// <summary>Date the report says it was generated; null omits it (for reproducible output).</summary>
    public DateTime? Generated { get; init; }

    /// <summary>Throws <see cref="ArgumentException"/> naming the first invalid option.</summary>
    public NewsReportOptions Validate()
    {
        if (TopTerms < 1) throw new ArgumentException($"TopTerms must be at least 1 (got {TopTerms}).", nameof(TopTerms));
        if (MaxKeynessGroups < 0) throw new ArgumentException($"MaxKeynessGroups must be 0 or more (got {MaxKeynessGroups}).", nameof(MaxKeynessGroups));
        if (TopActors < 1) throw new ArgumentException($"TopActors must be at least 1 (got {TopActors}).", nameof(TopActors));
        if (KeynessTerms < 1) throw new ArgumentException($"KeynessTerms must be at least 1 (got {KeynessTerms}).", nameof(KeynessTerms));
        if (string.IsNullOrWhiteSpace(KeynessField)) throw new ArgumentException("KeynessField must name a field such as outlet, year or month.", nameof(KeynessField));
        return this;
    }
}
