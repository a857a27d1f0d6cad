using NewsLens.Corpora;
using NewsLens.Notebooks;
using static NewsLens.Tests.Charts.ChartFixtures;

namespace NewsLens.Tests.Notebooks;

/// <summary>Dates in displayed results are Gregorian yyyy-MM-dd whatever the machine's culture.</summary>
public class InvariantDateDisplayTests
{
    [Theory]
    [InlineData("th-TH")] // Buddhist calendar: 2019 is 2562
    [InlineData("de-DE")]
    public void Date_ranges_are_gregorian_iso_dates_in_any_culture(string culture) => InCulture(culture, () =>
    {
        Assert.Equal("2019-04-03 – 2019-05-20", DisplayParts.Dates(new DateTime(2019, 4, 3), new DateTime(2019, 5, 20)));
        Assert.Equal("no dates", DisplayParts.Dates(null, null));
    });

    [Fact]
    public void A_displayed_corpus_under_a_thai_culture_shows_its_dates_in_the_gregorian_calendar() => InCulture("th-TH", () =>
    {
        var corpus = Corpus.FromDocuments(
        [
            Document.Create("d1", "Turkey buys the S-400.", "One", new DateTime(2019, 1, 2), "blog"),
            Document.Create("d2", "NATO warns Turkey.", "Two", new DateTime(2019, 7, 12), "paper"),
        ]);
        var html = corpus.ToHtml();
        Assert.Contains("2019-01-02 – 2019-07-12", html);
        Assert.DoesNotContain("2562", html);
    });
}
