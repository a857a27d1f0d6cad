using System.Globalization;
using NewsLens.Charts;
using NewsLens.Corpora;
using NewsLens.Notebooks;

namespace NewsLens.Sentiment;

/// <summary>
/// One row per scored actor mention (<see cref="ActorSentimentAnalysis"/>), with aggregations per document,
/// per metadata group and overall. Mentions flagged <see cref="MentionSentiment.IsOwnQuote"/> stay in the rows
/// but are left out of the aggregations unless <see cref="IncludeOwnQuotes"/> is set: an actor's own words
/// ("Turkey must choose," Pence said) say how the actor speaks, not how the outlet portrays the actor.
/// </summary>
public sealed class ActorSentimentResult : ResultTable<MentionSentiment>
{
    private readonly IReadOnlyDictionary<string, DocumentInfo> _documents;
    private readonly IReadOnlyDictionary<string, string?> _affiliations;

    /// <summary>A result over <paramref name="rows"/>.</summary>
    /// <param name="rows">Scored mentions.</param>
    /// <param name="documents">Document metadata by id, used by <see cref="By"/> (optional).</param>
    /// <param name="affiliations">Actor affiliations by canonical name, used by <see cref="Overall"/> (optional).</param>
    /// <param name="includeOwnQuotes">Count mentions inside the actor's own quotations in the aggregations.</param>
    public ActorSentimentResult(IEnumerable<MentionSentiment> rows, IReadOnlyDictionary<string, DocumentInfo>? documents = null,
        IReadOnlyDictionary<string, string?>? affiliations = null, bool includeOwnQuotes = false)
        : base(rows, "Sentiment toward actor mentions")
    {
        _documents = documents ?? new Dictionary<string, DocumentInfo>();
        _affiliations = affiliations ?? new Dictionary<string, string?>();
        IncludeOwnQuotes = includeOwnQuotes;
    }

    /// <summary>Whether the aggregations count mentions inside the actor's own quotations.</summary>
    public bool IncludeOwnQuotes { get; }

    /// <summary>The same rows, aggregated with or without the actor's own quotations.</summary>
    /// <param name="include">Count own-quote mentions.</param>
    public ActorSentimentResult WithOwnQuotes(bool include) => new(this, _documents, _affiliations, include);

    /// <summary>The rows the aggregations count.</summary>
    public IEnumerable<MentionSentiment> Counted => this.Where(r => IncludeOwnQuotes || !r.IsOwnQuote);

    /// <summary>Mean score per actor per document, with the most negative and most positive sentence as evidence.</summary>
    /// <param name="minMentions">Leave out actor–document pairs with fewer counted mentions (≥ 1).</param>
    public ActorDocumentSentimentTable ByDocument(int minMentions = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minMentions, 1);
        var order = this.Select(r => r.DocumentId).Distinct(StringComparer.Ordinal).Select((d, i) => (d, i))
            .ToDictionary(p => p.d, p => p.i, StringComparer.Ordinal);
        var rows = Counted.GroupBy(r => (r.DocumentId, r.Actor))
            .Where(g => g.Count() >= minMentions)
            .Select(g =>
            {
                var (n, mean, neg, neu, pos) = Summarise(g);
                var lowest = g.MinBy(r => r.Score)!;
                var highest = g.MaxBy(r => r.Score)!;
                return new ActorDocumentSentiment(g.Key.DocumentId, g.Key.Actor, n, mean, neg, neu, pos, lowest.SentenceText, highest.SentenceText);
            })
            .OrderBy(r => order[r.DocumentId]).ThenByDescending(r => r.Mentions).ThenBy(r => r.Actor, StringComparer.Ordinal);
        return new ActorDocumentSentimentTable(rows, Labels());
    }

    /// <summary>Mean score per actor per value of a document field ("outlet", "year", "month", or any metadata field).</summary>
    /// <param name="field">The field; documents without it go to the group "(none)".</param>
    /// <param name="minMentions">Leave out actor–group pairs with fewer counted mentions (≥ 1).</param>
    /// <exception cref="ArgumentException">No document has the field; the message lists the fields there are.</exception>
    public ActorGroupSentimentTable By(string field, int minMentions = 1)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(field);
        ArgumentOutOfRangeException.ThrowIfLessThan(minMentions, 1);
        if (_documents.Count > 0 && !_documents.Values.Any(d => d.GetField(field) is not null))
        {
            var known = DocumentInfo.BuiltInFields.Concat(_documents.Values.SelectMany(d => d.Metadata.Keys))
                .Distinct(StringComparer.OrdinalIgnoreCase);
            throw new ArgumentException($"No document has a value for the field '{field}'. Fields: {string.Join(", ", known)}.", nameof(field));
        }
        string GroupOf(string id) => _documents.TryGetValue(id, out var d) ? d.GetField(field) ?? "(none)" : "(none)";
        var rows = Counted.GroupBy(r => (Group: GroupOf(r.DocumentId), r.Actor))
            .Where(g => g.Count() >= minMentions)
            .Select(g =>
            {
                var (n, mean, neg, neu, pos) = Summarise(g);
                return new ActorGroupSentiment(g.Key.Group, g.Key.Actor, n, mean, neg, neu, pos);
            })
            .OrderBy(r => r.Group, StringComparer.Ordinal).ThenByDescending(r => r.Mentions).ThenBy(r => r.Actor, StringComparer.Ordinal);
        return new ActorGroupSentimentTable(rows, field);
    }

    /// <summary>Mean score per actor over the corpus, most-mentioned actor first.</summary>
    /// <param name="minMentions">Leave out actors with fewer counted mentions (≥ 1).</param>
    public ActorOverallSentimentTable Overall(int minMentions = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minMentions, 1);
        var rows = Counted.GroupBy(r => r.Actor, StringComparer.Ordinal)
            .Where(g => g.Count() >= minMentions)
            .Select(g =>
            {
                var (n, mean, neg, neu, pos) = Summarise(g);
                int documents = g.Select(r => r.DocumentId).Distinct(StringComparer.Ordinal).Count();
                return new ActorOverallSentiment(g.Key, g.First().Kind, _affiliations.GetValueOrDefault(g.Key), n, documents, mean, neg, neu, pos);
            })
            .OrderByDescending(r => r.Mentions).ThenBy(r => r.Actor, StringComparer.Ordinal);
        return new ActorOverallSentimentTable(rows);
    }

    /// <summary>The overall mean score per actor as diverging bars.</summary>
    public override Figure? CreateChart() => Count == 0 ? null : Overall().CreateChart();

    private Dictionary<string, string> Labels() => _documents.ToDictionary(p => p.Key,
        p => p.Value.Date is { } d ? string.Create(CultureInfo.InvariantCulture, $"{d:yyyy-MM-dd} {p.Key}") : p.Key, StringComparer.Ordinal);

    private static (int N, double Mean, int Negative, int Neutral, int Positive) Summarise(IEnumerable<MentionSentiment> rows)
    {
        int n = 0, neg = 0, neu = 0, pos = 0;
        double sum = 0;
        foreach (var r in rows)
        {
            n++;
            sum += r.Score;
            switch (r.Label)
            {
                case SentimentLabel.Negative: neg++; break;
                case SentimentLabel.Positive: pos++; break;
                default: neu++; break;
            }
        }
        return (n, n == 0 ? double.NaN : sum / n, neg, neu, pos);
    }
}
