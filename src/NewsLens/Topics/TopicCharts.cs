using NewsLens.Charts;

namespace NewsLens.Topics;

/// <summary>Charts of topic models (plain Plotly figures; render with <see cref="PlotlyHtml"/>).</summary>
public static class TopicCharts
{
    /// <summary>"3: russia, ukraine, war": a topic's number (from 1) and its first <paramref name="words"/> terms.</summary>
    public static string Label(TopicAnalysisResult result, int topic, int words = 3) =>
        $"{topic + 1}: {string.Join(", ", result.Topics[topic].TopWords.Take(words))}";

    /// <summary>
    /// Each topic's share of the corpus as horizontal bars, largest first, labelled by its top terms. The axis says
    /// what the share is for the model kind (<see cref="ShareTitle"/>).
    /// </summary>
    public static Figure Shares(TopicAnalysisResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Chart.HorizontalBar(result.Topics.OrderByDescending(t => t.Share), t => Label(result, t.Topic), t => Math.Round(t.Share, 4),
            xTitle: ShareTitle(result.Options.Model));
    }

    /// <summary>
    /// What <see cref="TopicSummary.Share"/> measures for a model kind: "share of tokens" for LDA (topic assignments
    /// of the tokens), "share of document weight" for NMF (the topic's part of the document weights W).
    /// </summary>
    /// <param name="model">The model kind.</param>
    public static string ShareTitle(TopicModelKind model) => model switch
    {
        TopicModelKind.Lda => "share of tokens",
        TopicModelKind.Nmf => "share of document weight",
        _ => throw new ArgumentOutOfRangeException(nameof(model), model, $"valid choices: {string.Join(", ", Enum.GetNames<TopicModelKind>())}."),
    };

    /// <summary>The <paramref name="top"/> most probable terms of one topic (0-based <paramref name="topic"/>) as horizontal bars.</summary>
    public static Figure TopTerms(TopicAnalysisResult result, int topic, int top = 10)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (topic < 0 || topic >= result.Topics.Count)
            throw new ArgumentOutOfRangeException(nameof(topic), $"topic must be 0..{result.Topics.Count - 1} (got {topic}).");
        var terms = result.Topics[topic].ByProbability.Take(top).ToList();
        return Chart.HorizontalBar(terms, t => t.Term, t => Math.Round(t.Probability, 5), title: $"Topic {Label(result, topic)}", xTitle: "probability");
    }

    /// <summary>Topic shares per time bin as stacked areas (one area per topic).</summary>
    public static Figure SharesOverTime(TopicDriftResult drift, TopicAnalysisResult result)
    {
        ArgumentNullException.ThrowIfNull(drift);
        ArgumentNullException.ThrowIfNull(result);
        var labels = drift.Slices.Bins.Select(b => b.Label).ToArray();
        var series = Enumerable.Range(0, result.Topics.Count)
            .Select(t => Series.Of(Label(result, t), labels, drift.Slices.Bins.Select(b => Math.Round(b.Shares[t], 4))))
            .ToList();
        var bin = drift.BinSize.ToString().ToLowerInvariant();
        return Chart.StackedArea(series, xTitle: bin, yTitle: "share of documents");
    }

    /// <summary>Drift between consecutive bins: Jensen-Shannon divergence of topic shares and the mean over topics of their word distributions.</summary>
    public static Figure Drift(TopicDriftResult drift)
    {
        ArgumentNullException.ThrowIfNull(drift);
        var rows = drift.Drift;
        return Chart.Lines(
        [
            Series.Of("topic shares (JSD)", rows.Select(r => r.Bin), rows.Select(r => Math.Round(r.SharesJsd, 4))),
            Series.Of("topics' words (mean JSD)", rows.Select(r => r.Bin), rows.Select(r => Math.Round(r.MeanTopicWordJsd, 4))),
        ], xTitle: drift.BinSize.ToString().ToLowerInvariant(), yTitle: "Jensen-Shannon divergence", markers: true);
    }
}
