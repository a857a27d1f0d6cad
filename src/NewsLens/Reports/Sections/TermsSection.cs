using NewsLens.Charts;
using NewsLens.Terms;

namespace NewsLens.Reports.Sections;

/// <summary>Top terms, and keyness of each group (by default each outlet) against the rest of the corpus.</summary>
internal static class TermsSection
{
    public static void Add(HtmlReport report, DocumentFeatureMatrix dfm, NewsReportOptions options)
    {
        if (dfm.NFeatures == 0) return;
        var top = Frequency.Compute(dfm, options.TopTerms);
        report.AddChart("Top terms", Chart.HorizontalBar(top, r => r.Feature, r => r.Frequency, xTitle: "count"),
            intro: "The most frequent terms, lower-cased, without stopwords and numbers.");
        report.AddTable("Top terms (table)", top, maxRows: options.TopTerms);

        var groups = dfm.Documents
            .Select(d => d.GetField(options.KeynessField))
            .Where(v => v is not null)
            .GroupBy(v => v!)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)
            .ToList();
        if (groups.Count < 2) return;
        foreach (var group in groups.Take(options.MaxKeynessGroups))
        {
            var rows = Keyness.Compute(dfm, d => d.GetField(options.KeynessField) == group,
                new KeynessOptions { Measure = KeynessMeasure.Chi2 });
            var shown = rows.Take(options.KeynessTerms).Concat(rows.Reverse().Take(options.KeynessTerms).Reverse())
                .DistinctBy(r => r.Feature).ToList();
            report.AddChart($"Keyness: {options.KeynessField} = {group}",
                Chart.TwoSidedBar(shown, r => r.Feature, r => r.Chi2, valueTitle: "signed chi²"),
                intro: $"Terms used more (positive) or less (negative) in {options.KeynessField} '{group}' than in the rest of the corpus: chi-squared with Yates correction, signed.");
        }
    }
}
