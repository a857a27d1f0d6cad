using NewsLens.Topics;

namespace NewsLens.Tests.Topics;

public class DateRangeTests
{
    [Theory]
    [InlineData("2021-05..2021-08", "2021-05-01", "2021-09-01")]
    [InlineData("2021..2022", "2021-01-01", "2023-01-01")]
    [InlineData("2022-02-24..2022-03-01", "2022-02-24", "2022-03-02")]
    [InlineData("2022-03", "2022-03-01", "2022-04-01")]
    public void Both_ends_include_their_whole_period(string text, string start, string end)
    {
        var r = DateRange.Parse(text);
        Assert.Equal(DateTime.Parse(start, System.Globalization.CultureInfo.InvariantCulture), r.Start);
        Assert.Equal(DateTime.Parse(end, System.Globalization.CultureInfo.InvariantCulture), r.End);
        Assert.True(r.Contains(r.End.AddTicks(-1)));
        Assert.False(r.Contains(r.End));
        Assert.False(r.Contains(null));
    }

    [Theory]
    [InlineData("May..June")]
    [InlineData("2021-05..")]
    [InlineData("2021-13")]
    [InlineData("2022..2021")]
    public void Bad_ranges_are_rejected_with_the_accepted_forms(string text)
    {
        var e = Assert.Throws<ArgumentException>(() => DateRange.Parse(text));
        Assert.Contains(text, e.Message);
    }

    [Fact]
    public void Bin_names_are_read_in_any_case_and_a_wrong_one_lists_the_choices()
    {
        Assert.Equal(TimeBin.Quarter, TopicDrift.ParseBin("Quarter"));
        var e = Assert.Throws<ArgumentException>(() => TopicDrift.ParseBin("decade"));
        Assert.Contains("day, week, month, quarter, year", e.Message);
    }
}
