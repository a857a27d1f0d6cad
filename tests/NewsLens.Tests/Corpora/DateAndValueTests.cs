using NewsLens.Corpora.Loaders;

namespace NewsLens.Tests.Corpora;

public class DateAndValueTests
{
    [Theory]
    [InlineData("2019-05-03", 2019, 5, 3, 0, 0, 0)]
    [InlineData("2019-05-03T14:30:00", 2019, 5, 3, 14, 30, 0)]
    [InlineData("2019-05-03T14:30:00Z", 2019, 5, 3, 14, 30, 0)]
    [InlineData("2019-05-03T14:30:00+02:00", 2019, 5, 3, 12, 30, 0)]
    [InlineData("2019-05-03T01:30:00.250-05:00", 2019, 5, 3, 6, 30, 0)]
    [InlineData("Thu, 20 May 2021 22:14:56 +0000", 2021, 5, 20, 22, 14, 56)]
    [InlineData("Thu, 20 May 2021 22:14:56 +0200", 2021, 5, 20, 20, 14, 56)]
    [InlineData("Thu, 20 May 2021 22:14:56 GMT", 2021, 5, 20, 22, 14, 56)]
    [InlineData("May 3, 2019", 2019, 5, 3, 0, 0, 0)]
    [InlineData("3 May 2019", 2019, 5, 3, 0, 0, 0)]
    [InlineData("September 30, 2018", 2018, 9, 30, 0, 0, 0)]
    public void Accepted_date_formats(string text, int y, int mo, int d, int h, int mi, int s)
    {
        Assert.True(DateParser.TryParse(text, out var date));
        Assert.Equal(new DateTime(y, mo, d, h, mi, s), date.AddMilliseconds(-date.Millisecond));
    }

    [Theory]
    [InlineData("sometime in May")]
    [InlineData("31/31/2020")]
    [InlineData("2019-13-01")]
    [InlineData("")]
    public void Unparseable_dates(string text) => Assert.False(DateParser.TryParse(text, out _));

    [Fact]
    public void Metadata_values_are_typed_where_parseable()
    {
        Assert.Equal(812L, ValueTyper.Type("812"));
        Assert.Equal(-3L, ValueTyper.Type("-3"));
        Assert.Equal(0.75, ValueTyper.Type("0.75"));
        Assert.Equal(true, ValueTyper.Type("True"));
        Assert.Equal(new DateTime(2019, 4, 3), ValueTyper.Type("2019-04-03"));
        Assert.Equal("007", ValueTyper.Type("007"));      // a code, not a number
        Assert.Equal("NaN", ValueTyper.Type("NaN"));
        Assert.Equal("May 3, 2019", ValueTyper.Type("May 3, 2019"));   // only ISO dates become DateTime in metadata
        Assert.Null(ValueTyper.Type(" "));
    }
}
