using System.Globalization;
using NewsLens.Charts;
using NewsLens.Corpora;
using NewsLens.Topics;

namespace NewsLens.Reports.Sections;

/// <summary>
/// An LDA topic model of the corpus (seed 1): each topic's top terms, share and coherence, its share over time
/// as a stacked area and the drift between consecutive time bins. Only for corpora large enough for topics.
/// </summary>
internal static class TopicsSection
{
    /// <summary>Fewer documents than this get no topics section.</summary>
    public const int MinDocuments = 50;

    /// <summary>Fewer word tokens than this get no topics section.</summary>
    public const long MinTokens = 20_000;

    /// <summary>Gibbs sweeps in the report: enough for stable top terms on news corpora, and quick.</summary>
    public const int Iterations = 150;

    /// <summary>K grows with the corpus: one topic per 100 documents, between 10 and 20.</summary>
    public static int TopicCount(int documents) => Math.Clamp(documents / 100, 10, 20);

    private sealed record TopicDocumentEntry(int Topic, string Title, string? Date, double Share);

    public static void Add(HtmlReport report, Corpus corpus, long tokens)
    {
        if (corpus.Count < MinDocuments || tokens < MinTokens) return;
        int k = TopicCount(corpus.Count);
        TopicAnalysisResult result;
        try
        {
            result = TopicAnalysis.Run(corpus, new TopicAnalysisOptions { Topics = k, Seed = 1, Iterations = Iterations, TopDocuments = 3 });
        }
        catch (ArgumentException)
        {
            return; // no feature survives the trimming: the corpus is too uniform for topics
        }

        var dropped = result.EmptyDocumentIds.Count > 0
            ? $" Documents that kept no term after that are not in the model: {result.EmptyDocumentIds.Count}."
            : "";
        report.AddTable("Topics", result.TopicRows, maxRows: k,
            intro: $"LDA with K = {k} topics (seed 1, {Iterations} Gibbs sweeps) on {result.Corpus.DocumentCount} documents: words lower-cased, " +
                   $"without stopwords and numbers, at least 3 letters, found in {result.MinDocFreq} to {result.MaxDocFreq} documents ({result.Corpus.VocabularySize} terms).{dropped} " +
                   "Share: the topic's share of all tokens. Npmi: coherence of the top terms within 10-word windows (higher is more coherent); UMass: within documents (closer to 0 is more coherent).");
        report.AddChart("Topic shares",
            TopicCharts.Shares(result),
            intro: "Each topic's share of the corpus, labelled by its three most probable terms.");
        AddOverTime(report, result);
        var documents = result.DocumentRows
            .Select(r => new TopicDocumentEntry(r.Topic, r.Title ?? r.Id, r.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Math.Round(r.Share, 3)))
            .ToList();
        report.AddTable("Top documents per topic", documents, maxRows: documents.Count,
            intro: "For each topic, the three documents it makes up the largest share of.");
    }

    private static void AddOverTime(HtmlReport report, TopicAnalysisResult result)
    {
        var dated = result.Corpus.Infos.Where(i => i.Date is not null).Select(i => i.Date!.Value).ToList();
        if (dated.Count < MinDocuments) return;
        var bin = BinFor(dated.Max() - dated.Min());
        var drift = TopicDrift.Run(result, bin);
        if (drift.Slices.Bins.Count < 3) return;
        string binName = bin.ToString().ToLowerInvariant();
        var undated = drift.UndatedDocuments switch
        {
            0 => "",
            1 => " 1 document has no date and is not shown.",
            int n => $" {n} documents have no date and are not shown.",
        };
        var smallest = drift.Slices.Bins.MinBy(b => b.Documents)!;
        report.AddChart($"Topic shares by {binName}",
            TopicCharts.SharesOverTime(drift, result),
            intro: $"The mean topic mixture of each {binName}'s documents; {binName}s without documents are left out.{undated}");
        report.AddChart($"Topic drift by {binName}",
            TopicCharts.Drift(drift),
            intro: $"How much each {binName} differs from the previous one: the Jensen-Shannon divergence (base 2, 0 = same, 1 = disjoint) of the topic shares, " +
                   "and the mean over topics of the divergence of the words each topic is written with. " +
                   $"A {binName} with few documents (the fewest: {smallest.Label}, {smallest.Documents}) differs more by chance.");
    }

    /// <summary>Months for spans over four months, weeks for shorter ones, quarters beyond three years, years beyond ten.</summary>
    internal static TimeBin BinFor(TimeSpan span) => span.TotalDays switch
    {
        > 3653 => TimeBin.Year,
        > 1096 => TimeBin.Quarter,
        > 120 => TimeBin.Month,
        > 21 => TimeBin.Week,
        _ => TimeBin.Day,
    };
}
