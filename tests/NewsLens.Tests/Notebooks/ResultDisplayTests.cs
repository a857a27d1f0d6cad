using NewsLens.Actors;
using NewsLens.Corpora;
using NewsLens.Terms;
using NewsLens.Text;
using static NewsLens.Tests.Notebooks.FormatterDiscoveryTests;

namespace NewsLens.Tests.Notebooks;

/// <summary>
/// Every result type is found by .NET Interactive's by-name discovery (the attribute, its formatter source and
/// preferred MIME types, both formatters accepting the value) and shows text/html and text/plain with its
/// first rows, the total count and, where it has one, an interactive chart.
/// </summary>
public class ResultDisplayTests
{
    private static readonly Corpus Sample = Corpus.FromDocuments(
    [
        Document.Create("d1", "Turkey buys the S-400 from Russia. Sanctions follow. Erdogan said sanctions will not stop Turkey.", "One", new DateTime(2019, 1, 2), "blog"),
        Document.Create("d2", "NATO warns Turkey about sanctions. President Recep Tayyip Erdogan replied that Turkey decides.", "Two", new DateTime(2019, 3, 4), "paper"),
        Document.Create("d3", "Russia delivers the S-400 to Turkey. NATO allies are worried about the S-400.", "Three", new DateTime(2019, 7, 12), "paper"),
    ]);

    private static readonly Tokens SampleTokens = Tokens.From(Sample);
    private static readonly DocumentFeatureMatrix SampleDfm = DocumentFeatureMatrix.From(SampleTokens);

    private static (string Html, string Text) Display(object value)
    {
        var outputs = DisplayLikeDotNetInteractive(value);
        Assert.Equal(["text/html", "text/plain"], outputs.Keys.Order());
        Assert.False(string.IsNullOrWhiteSpace(outputs["text/plain"]));
        return (outputs["text/html"], outputs["text/plain"]);
    }

    private static void AssertChart(string html, bool expected) =>
        Assert.Equal(expected, html.Contains("Plotly.newPlot", StringComparison.Ordinal) || html.Contains("P.newPlot(", StringComparison.Ordinal));

    [Fact]
    public void Corpus_shows_its_facts_and_first_documents()
    {
        var (html, text) = Display(Sample);
        Assert.Contains("<b>Corpus</b>", html);
        Assert.Contains("3 documents, 2 outlets, 2019-01-02 – 2019-07-12", html);
        Assert.Contains(">Title</th>", html);
        Assert.Contains("3 rows", html);
        Assert.StartsWith("Corpus: 3 documents", text);
        AssertChart(html, false);
    }

    [Fact]
    public void Load_report_shows_counts_problems_and_cleaning()
    {
        var report = new LoadReport(
            [new("a.txt", null, "a", LoadStatus.Loaded, "loaded"), new("b.csv", 3, null, LoadStatus.Skipped, "no text column")],
            [new("a", 4, "read-more", "READ MORE: <x>"), new("a", 9, "read-more", "READ MORE: y")]);
        var (html, text) = Display(report);
        Assert.Contains("1 documents loaded, 1 skipped", html);
        Assert.Contains("no text column", html);
        Assert.Contains("<caption>Lines cleaned per rule</caption>", html);
        Assert.Contains("READ MORE: &lt;x&gt;", html);
        Assert.Contains("\nread-more      2          1\n", text);
    }

    [Fact]
    public void Corpus_summary_shows_outlets_and_a_chart()
    {
        var (html, text) = Display(Sample.Summary());
        Assert.Contains("<caption>Outlets</caption>", html);
        Assert.Contains(">paper</td>", html);
        AssertChart(html, true);
        Assert.Contains("Corpus summary: 3 documents", text);
    }

    [Fact]
    public void Tokens_show_counts_and_first_tokens()
    {
        var (html, text) = Display(SampleTokens);
        Assert.Contains($"3 documents, {SampleTokens.TokenCount} tokens", html);
        Assert.Contains("turkey | buys | the | s-400", html);
        Assert.Contains("FirstTokens", text);
    }

    [Fact]
    public void Dfm_shows_size_sparsity_and_a_block_of_the_most_frequent_features()
    {
        var (html, text) = Display(SampleDfm);
        Assert.Contains(System.Net.WebUtility.HtmlEncode($"3 documents × {SampleDfm.NFeatures} features"), html);
        Assert.Contains("% sparse", html);
        // "turkey" (5) is the most frequent feature: the first column.
        Assert.Contains("<th style=\"text-align:left\">document</th><th style=\"text-align:right\">turkey</th>", html);
        var d1 = text.Split('\n').Single(l => l.StartsWith("d1", StringComparison.Ordinal));
        Assert.Equal("2", d1.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]);
    }

    [Fact]
    public void Frequency_table_shows_rows_total_and_bars()
    {
        var table = Frequency.Compute(SampleDfm);
        var (html, text) = Display(table);
        Assert.Contains("<caption>Term frequencies</caption>", html);
        Assert.Contains($"showing 20 of {SampleDfm.NFeatures} rows", html);
        AssertChart(html, true);
        Assert.Contains("\"orientation\":\"h\"", html);
        Assert.StartsWith("Term frequencies", text);
    }

    [Fact]
    public void Keyness_table_shows_rows_and_two_sided_bars()
    {
        var table = Keyness.Compute(SampleDfm, "outlet", "blog", new KeynessOptions(KeynessMeasure.LogLikelihood));
        Assert.Equal(KeynessMeasure.LogLikelihood, table.Measure);
        var (html, _) = Display(table);
        Assert.Contains("<caption>Keyness (LogLikelihood)</caption>", html);
        AssertChart(html, true);
        Assert.Contains("zeroline", html);
    }

    [Fact]
    public void Collocation_table_shows_rows_and_bars_of_its_sort_measure()
    {
        var table = Collocations.Compute(SampleTokens, new CollocationOptions(MinCount: 2, SortBy: CollocationSort.Count));
        Assert.Equal(CollocationSort.Count, table.SortBy);
        var (html, _) = Display(table);
        Assert.Contains("<caption>Collocations (by Count)</caption>", html);
        Assert.Contains("the s-400", html);
        AssertChart(html, true);
    }

    [Fact]
    public void Kwic_table_centres_the_keyword_and_has_no_chart()
    {
        var table = Kwic.Find(Tokens.From(Sample, new TokenizerOptions { Lowercase = false }), "sanction*", window: 2);
        Assert.Equal(3, table.Count);
        var (html, text) = Display(table);
        Assert.Contains("<caption>Keywords in context: sanction*</caption>", html);
        Assert.Contains("<td style=\"text-align:right;white-space:nowrap\">Erdogan said</td><td style=\"text-align:center;white-space:nowrap\"><b>sanctions</b></td><td style=\"text-align:left;white-space:nowrap\">will not</td>", html);
        Assert.Contains("3 rows", html);
        AssertChart(html, false);
        var lines = text.Split('\n');
        // The keywords line up in one column.
        Assert.Single(lines.Where(l => l.Contains('[')).Select(l => l.IndexOf('[')).Distinct());
    }

    [Fact]
    public void Actor_analysis_shows_actors_by_mentions_and_a_chart()
    {
        var analysis = new ActorRecognizer().Analyze(Sample);
        var (html, text) = Display(analysis);
        Assert.Contains("<b>Actors</b>", html);
        Assert.Contains(">Turkey</td>", html);
        AssertChart(html, true);
        var first = text.Split('\n').Skip(4).First();
        Assert.StartsWith("Turkey", first); // most mentioned first
    }
}
