using NewsLens.Corpora;

namespace NewsLens.Tests.Corpora;

/// <summary>GroupBy, Filter, OrderByDate and Summary on the sample corpus (values read off data/s400/metadata.csv).</summary>
public class CorpusVerbTests
{
    private static readonly Lazy<Corpus> Sample = new(() => Corpus.Load(SharedData.Repo("data", "s400")));

    [Fact]
    public void OrderByDate_sorts_oldest_first_and_puts_undated_last_stably()
    {
        var ordered = Sample.Value.OrderByDate();
        Assert.Equal(["003_dfa5f23d99226258", "002_7a2e542821ed9fae", "004_c00ba329ed1b645e", "000_40ae18fe69cda734", "001_e5a66e069e38f3c4"],
            ordered.Select(d => d.Id));
        Assert.Same(Sample.Value.Report, ordered.Report);

        var mixed = Corpus.FromDocuments(
        [
            Document.Create("u1", "x"), Document.Create("late", "x", date: new DateTime(2020, 1, 1)),
            Document.Create("u2", "x"), Document.Create("early", "x", date: new DateTime(2010, 1, 1)),
        ]).OrderByDate();
        Assert.Equal(["early", "late", "u1", "u2"], mixed.Select(d => d.Id));
    }

    [Fact]
    public void GroupBy_year_and_outlet()
    {
        var byYear = Sample.Value.GroupBy("year");
        Assert.Equal(["2017", "2018", "2019"], byYear.Select(g => g.Key));
        Assert.Equal([1, 1, 3], byYear.Select(g => g.Corpus.Count));
        Assert.Equal(["000_40ae18fe69cda734", "001_e5a66e069e38f3c4", "004_c00ba329ed1b645e"], byYear[2].Corpus.Select(d => d.Id));

        var byOutlet = Sample.Value.GroupBy("outlet");
        Assert.Equal(5, byOutlet.Count);
        Assert.All(byOutlet, g => Assert.Single(g.Corpus));
        Assert.Equal("Express (express.co.uk)", byOutlet[0].Key);   // ordinal order: 'E' < 'T' < 'u'

        var byMonth = Sample.Value.GroupBy("month");
        Assert.Equal(["2017-04", "2018-09", "2019-04", "2019-11"], byMonth.Select(g => g.Key));
        Assert.Equal(2, byMonth[3].Corpus.Count);
    }

    [Fact]
    public void GroupBy_puts_documents_without_a_value_in_a_null_group_and_rejects_unknown_fields()
    {
        var c = Corpus.FromDocuments(
        [
            Document.Create("a", "x", metadata: new Dictionary<string, object?> { ["section"] = "World" }),
            Document.Create("b", "x"),
            Document.Create("c", "x", metadata: new Dictionary<string, object?> { ["section"] = "Business" }),
        ]);
        var groups = c.GroupBy("section");
        Assert.Equal(["Business", "World", null], groups.Select(g => g.Key));
        Assert.Equal("b", Assert.Single(groups[2].Corpus).Id);

        var e = Assert.Throws<ArgumentException>(() => Sample.Value.GroupBy("sectoin"));
        Assert.Contains("unknown field 'sectoin'", e.Message);
        Assert.Contains("available fields: id, title, date, outlet, url, year, quarter, month, week, day, note", e.Message);
    }

    [Fact]
    public void Filter_keeps_matching_documents_in_order_and_the_report()
    {
        var recent = Sample.Value.Filter(d => d.Date >= new DateTime(2019, 1, 1));
        Assert.Equal(["000_40ae18fe69cda734", "001_e5a66e069e38f3c4", "004_c00ba329ed1b645e"], recent.Select(d => d.Id));
        Assert.Same(Sample.Value.Report, recent.Report);
        Assert.Equal(5, Sample.Value.Count);   // the original is unchanged
    }

    [Fact]
    public void Summary_of_a_filtered_corpus_and_of_undated_documents()
    {
        var s = Corpus.FromDocuments(
        [
            Document.Create("a", "One two-three Turkey’s U.S. S-400.", outlet: "X", date: new DateTime(2019, 5, 1)),
            Document.Create("b", "Four, five; six!", outlet: "X"),
            Document.Create("c", "Seven", date: new DateTime(2018, 1, 2)),
        ]).Summary();
        // hand count: "One" "two-three" "Turkey’s" "U.S" "S-400" = 5; "Four" "five" "six" = 3; "Seven" = 1
        Assert.Equal(3, s.Documents);
        Assert.Equal(9, s.Tokens);
        Assert.Equal(new DateTime(2018, 1, 2), s.FirstDate);
        Assert.Equal(new DateTime(2019, 5, 1), s.LastDate);
        Assert.Equal(1, s.UndatedDocuments);
        Assert.Equal([new OutletSummary("(no outlet)", 1, 1, new DateTime(2018, 1, 2), new DateTime(2018, 1, 2)),
                      new OutletSummary("X", 2, 8, new DateTime(2019, 5, 1), new DateTime(2019, 5, 1))], s.Outlets);
    }

    [Fact]
    public void FromDocuments_reports_in_memory_and_rejects_duplicate_ids()
    {
        var c = Corpus.FromDocuments([Document.Create("a", "x"), Document.Create("b", "y")]);
        Assert.All(c.Report.Entries, e => Assert.Equal("in memory", e.File));
        Assert.Equal(2, c.Report.Loaded);
        var e = Assert.Throws<ArgumentException>(() => Corpus.FromDocuments([Document.Create("a", "x"), Document.Create("a", "y")]));
        Assert.Contains("duplicate document id 'a'", e.Message);
    }

    [Fact]
    public void WordCounter_counts_runs_of_letters_and_digits_with_internal_joiners()
    {
        Assert.Equal(0, WordCounter.Count(""));
        Assert.Equal(0, WordCounter.Count(" -- ... '' "));
        Assert.Equal(4, WordCounter.Count("S-400 isn't Turkey’s e.g."));
        Assert.Equal(3, WordCounter.Count("end- -start mid.")); // trailing/leading joiners are not part of a word
    }
}
