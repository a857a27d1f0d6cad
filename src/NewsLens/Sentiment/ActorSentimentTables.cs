using NewsLens.Charts;
using NewsLens.Notebooks;

namespace NewsLens.Sentiment;

/// <summary>Sentiment per actor over the corpus; charts as diverging bars of the mean score.</summary>
public sealed class ActorOverallSentimentTable : ResultTable<ActorOverallSentiment>
{
    /// <summary>A table of <paramref name="rows"/>.</summary>
    /// <param name="rows">The rows, most-mentioned actor first.</param>
    public ActorOverallSentimentTable(IEnumerable<ActorOverallSentiment> rows) : base(rows, "Sentiment toward actors") { }

    /// <inheritdoc/>
    public override Figure? CreateChart() => Count == 0 ? null : ActorSentimentCharts.MeanScoreBars(this);
}

/// <summary>Sentiment per actor per document; charts as an actor × document heatmap with evidence on hover.</summary>
public sealed class ActorDocumentSentimentTable : ResultTable<ActorDocumentSentiment>
{
    private readonly IReadOnlyDictionary<string, string> _labels;

    /// <summary>A table of <paramref name="rows"/>.</summary>
    /// <param name="rows">The rows.</param>
    /// <param name="documentLabels">Column labels by document id (e.g. "2019-04-03 004"); the id when missing.</param>
    public ActorDocumentSentimentTable(IEnumerable<ActorDocumentSentiment> rows, IReadOnlyDictionary<string, string>? documentLabels = null)
        : base(rows, "Sentiment toward actors per document")
    {
        _labels = documentLabels ?? new Dictionary<string, string>();
    }

    /// <inheritdoc/>
    public override Figure? CreateChart() => Count == 0 ? null : ActorSentimentCharts.DocumentHeatmap(this, _labels);
}

/// <summary>
/// Sentiment per actor per group of documents; a period field (year, quarter, month, week, day, date) charts as
/// lines over time for the most-mentioned actors (<see cref="ActorSentimentCharts.OverTime"/>), any other field as an
/// actor × group heatmap (<see cref="ActorSentimentCharts.GroupHeatmap"/>).
/// </summary>
public sealed class ActorGroupSentimentTable : ResultTable<ActorGroupSentiment>
{
    /// <summary>A table of <paramref name="rows"/> grouped by <paramref name="field"/>.</summary>
    /// <param name="rows">The rows.</param>
    /// <param name="field">The grouping field.</param>
    public ActorGroupSentimentTable(IEnumerable<ActorGroupSentiment> rows, string field)
        : base(rows, $"Sentiment toward actors by {field}")
    {
        Field = field;
    }

    /// <summary>The grouping field.</summary>
    public string Field { get; }

    /// <inheritdoc/>
    public override Figure? CreateChart()
    {
        if (Count == 0) return null;
        return Field.ToLowerInvariant() is "year" or "quarter" or "month" or "week" or "day" or "date"
            ? ActorSentimentCharts.OverTime(this, Field)
            : ActorSentimentCharts.GroupHeatmap(this, Field);
    }
}
