using NewsLens.Corpora;

namespace NewsLens.Tests;

public class DocumentInfoTests
{
    [Fact]
    public void Derived_period_fields_follow_the_date()
    {
        var info = new DocumentInfo("a", null, new DateTime(2019, 4, 3), "Express", null,
            new Dictionary<string, object?> { ["Section"] = "World", ["words"] = 812L });
        Assert.Equal("2019", info.GetField("year"));
        Assert.Equal("2019-Q2", info.GetField("quarter"));
        Assert.Equal("2019-04", info.GetField("month"));
        Assert.Equal("2019-W14", info.GetField("week")); // 3 April 2019 is a Wednesday in ISO week 14
        Assert.Equal("World", info.GetField("section"));
        Assert.Equal("812", info.GetField("WORDS"));
        Assert.Null(info.GetField("missing"));
    }
}
