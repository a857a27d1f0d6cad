namespace NewsLens.Topics;

/// <summary>Topic shares per time bin and the drift between consecutive bins, from a <see cref="TopicAnalysisResult"/>.</summary>
/// <param name="BinSize">The bin width.</param>
/// <param name="Shares">Per bin (in time order) and topic, the topic's share.</param>
/// <param name="Drift">Per bin after the first, its divergence from the previous non-empty bin.</param>
/// <param name="Slices">The full per-bin results (shares, per-bin top terms, divergences).</param>
/// <param name="UndatedDocuments">Documents without a date, in no bin (never dropped silently: counted here).</param>
/// <param name="UndatedDocumentIds">Their ids.</param>
public sealed partial record TopicDriftResult(TimeBin BinSize, IReadOnlyList<TopicShareRow> Shares, IReadOnlyList<DriftRow> Drift,
    TopicsOverTimeResult Slices, int UndatedDocuments, IReadOnlyList<string> UndatedDocumentIds);

/// <summary>Topics over time for a fitted <see cref="TopicAnalysisResult"/>: shares per bin, drift, emerging and fading terms.</summary>
public static class TopicDrift
{
    /// <summary>Names of the time bins accepted by <see cref="ParseBin"/>.</summary>
    public static IReadOnlyList<string> BinNames { get; } = ["day", "week", "month", "quarter", "year"];

    /// <summary>Reads a bin name (day, week, month, quarter or year; any case).</summary>
    /// <exception cref="ArgumentException">Naming the value and the valid choices.</exception>
    public static TimeBin ParseBin(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Trim().ToLowerInvariant() switch
        {
            "day" => TimeBin.Day,
            "week" => TimeBin.Week,
            "month" => TimeBin.Month,
            "quarter" => TimeBin.Quarter,
            "year" => TimeBin.Year,
            _ => throw new ArgumentException($"'{name}' is not a time bin; valid choices: {string.Join(", ", BinNames)}."),
        };
    }

    /// <summary>
    /// Bins the analysed documents by date (<see cref="TopicsOverTime.Compute"/>) and gives each bin's topic shares
    /// and its drift from the previous bin: the Jensen-Shannon divergence of the shares and the mean over topics of
    /// the divergence of their within-bin word distributions.
    /// </summary>
    public static TopicDriftResult Run(TopicAnalysisResult analysis, TimeBin binSize)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var slices = TopicsOverTime.Compute(analysis.Model, analysis.Corpus, binSize, analysis.Options.TopTerms, analysis.Options.Lambda);
        var shares = new List<TopicShareRow>();
        var drift = new List<DriftRow>();
        for (int b = 0; b < slices.Bins.Count; b++)
        {
            var bin = slices.Bins[b];
            for (int t = 0; t < bin.Shares.Count; t++)
                shares.Add(new TopicShareRow(bin.Label, t + 1, bin.Shares[t], bin.Documents));
            if (b > 0)
            {
                var defined = bin.TopicDivergence!.Where(x => !double.IsNaN(x)).ToArray();
                drift.Add(new DriftRow(bin.Label, slices.Bins[b - 1].Label, bin.ShareDivergence ?? double.NaN,
                    defined.Length > 0 ? defined.Average() : double.NaN));
            }
        }
        return new TopicDriftResult(binSize, shares, drift, slices, slices.UndatedDocuments, slices.UndatedDocumentIds);
    }

    /// <summary>
    /// Emerging and fading terms (<see cref="Drift.CompareTerms(TopicCorpus, Func{Corpora.DocumentInfo, bool}, Func{Corpora.DocumentInfo, bool}, int)"/>)
    /// between two periods of the analysed documents. Without periods, the span from the first to the last date is cut
    /// in two halves at its midpoint.
    /// </summary>
    /// <param name="analysis">The analysis whose documents (trimmed features) are compared.</param>
    /// <param name="before">The first period, or null for the first half.</param>
    /// <param name="after">The second period, or null for the second half.</param>
    /// <param name="minCount">Terms with fewer occurrences in both periods together are left out.</param>
    /// <exception cref="ArgumentException">When only one period is given, or no document has a date.</exception>
    public static (TermComparison Comparison, DateRange Before, DateRange After) CompareTerms(TopicAnalysisResult analysis,
        DateRange? before = null, DateRange? after = null, int minCount = 5)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        if ((before is null) != (after is null))
            throw new ArgumentException("Give both periods (before and after) or neither (the first and second half of the dated documents).");
        if (before is null || after is null)
        {
            var dates = analysis.Corpus.Infos.Where(i => i.Date is not null).Select(i => i.Date!.Value).ToArray();
            if (dates.Length == 0)
                throw new ArgumentException("No document has a date, so the period cannot be cut into halves.");
            var first = dates.Min();
            var last = dates.Max();
            var middle = first + (last - first) / 2;
            before = new DateRange(first, middle);
            after = new DateRange(middle, last.AddTicks(1));
        }
        var (b, a) = (before, after);
        var comparison = Drift.CompareTerms(analysis.Corpus, info => b.Contains(info.Date), info => a.Contains(info.Date), minCount);
        return (comparison, before, after);
    }
}
