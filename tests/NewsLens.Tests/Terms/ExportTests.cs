using NewsLens.Terms;
using static NewsLens.Tests.Terms.TermsTestData;

namespace NewsLens.Tests.Terms;

public class ExportTests
{
    [Fact]
    public void WriteCsv_writes_one_wide_row_per_document()
    {
        var dfm = DocumentFeatureMatrix.From(new NewsLens.Text.Tokens([Doc("x,1", "a \"q\" a"), Doc("x2", "b")]))
            .Weight(WeightScheme.Proportions);
        var writer = new StringWriter { NewLine = "\n" };
        dfm.WriteCsv(writer);
        Assert.Equal("doc_id,a,\"\"\"q\"\"\",b\n\"x,1\",0.6666666666666666,0.3333333333333333,0\nx2,0,0,1\n", writer.ToString());
    }

    [Fact]
    public void WriteCsv_refuses_too_many_features_and_names_the_alternatives()
    {
        var dfm = DocumentFeatureMatrix.From(Tokens("a b c d"));
        var e = Assert.Throws<InvalidOperationException>(() => dfm.WriteCsv(new StringWriter(), maxFeatures: 3));
        Assert.Contains("4 features", e.Message);
        Assert.Contains("WriteLongCsv", e.Message);
        Assert.Contains("TopFeatures", e.Message);
    }

    [Fact]
    public void Long_form_lists_the_non_zero_cells()
    {
        var dfm = DocumentFeatureMatrix.From(Tokens("b a b", "a"));
        Assert.Equal([new DfmEntry("d1", "b", 2), new DfmEntry("d1", "a", 1), new DfmEntry("d2", "a", 1)], dfm.ToLong());
        var writer = new StringWriter { NewLine = "\n" };
        dfm.WriteLongCsv(writer);
        Assert.Equal("document,feature,value\nd1,b,2\nd1,a,1\nd2,a,1\n", writer.ToString());
    }
}
