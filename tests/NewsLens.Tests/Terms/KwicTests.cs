using NewsLens.Cli.Output;
using NewsLens.Terms;
using static NewsLens.Tests.Terms.TermsTestData;

namespace NewsLens.Tests.Terms;

public class KwicTests
{
    private const string Text = "Turkey bought the S-400 missile systems and S-300 missiles , not missile-defense radars";

    [Fact]
    public void Glob_matches_whole_tokens_case_insensitively_with_context_and_offsets()
    {
        var tokens = new NewsLens.Text.Tokens([Doc("t1", Text, outlet: "Express")]);
        var rows = Kwic.Find(tokens, "MISSILE*", window: 2);
        Assert.Equal(["missile", "missiles", "missile-defense"], rows.Select(r => r.Keyword));
        var first = rows[0];
        Assert.Equal(("t1", 4, 5), (first.DocumentId, first.TokenStart, first.TokenEnd));
        Assert.Equal("missile", Text[first.CharStart..first.CharEnd]);
        Assert.Equal("the S-400", first.Pre);
        Assert.Equal("systems and", first.Post);
        Assert.Equal("MISSILE*", first.Pattern);
        Assert.Equal("Express", first.Info.Outlet);
        Assert.Equal("radars", rows[2].Post); // the context stops at the end of the document
        Assert.Empty(Kwic.Find(tokens, "MISSILE*", caseSensitive: true));
        Assert.Equal(["S-400", "S-300"], Kwic.Find(tokens, "s-?00").Select(r => r.Keyword));
    }

    [Fact]
    public void A_phrase_matches_consecutive_tokens()
    {
        var tokens = new NewsLens.Text.Tokens([Doc("t1", Text), Doc("t2", "no missile systems here , only missile parts")]);
        var rows = Kwic.Find(tokens, "missile  systems", window: 1, type: PatternType.Fixed);
        Assert.Equal(2, rows.Count);
        Assert.Equal(("t1", 4, 6, "missile systems"), (rows[0].DocumentId, rows[0].TokenStart, rows[0].TokenEnd, rows[0].Keyword));
        Assert.Equal("missile systems", Text[rows[0].CharStart..rows[0].CharEnd]);
        Assert.Equal(("S-400", "and"), (rows[0].Pre, rows[0].Post));
        Assert.Equal(("t2", "no", "here"), (rows[1].DocumentId, rows[1].Pre, rows[1].Post));
        Assert.Equal(2, Kwic.Find(tokens, "missile s*").Count);
        Assert.Empty(Kwic.Find(tokens, "systems missile"));
    }

    [Fact]
    public void Regex_patterns_search_within_tokens_and_bad_ones_are_reported()
    {
        var tokens = new NewsLens.Text.Tokens([Doc("t1", Text)]);
        Assert.Equal(["S-400", "S-300"], Kwic.Find(tokens, @"^s-\d+$", type: PatternType.Regex).Select(r => r.Keyword));
        Assert.Equal(["missile", "missiles", "missile-defense"], Kwic.Find(tokens, "issil", type: PatternType.Regex).Select(r => r.Keyword));
        var e = Assert.Throws<ArgumentException>(() => Kwic.Find(tokens, "missile (", type: PatternType.Regex));
        Assert.Contains("'('", e.Message);
        Assert.Throws<ArgumentException>(() => Kwic.Find(tokens, "   "));
    }

    [Fact]
    public void The_csv_writer_skips_the_metadata_property()
    {
        var rows = Kwic.Find(new NewsLens.Text.Tokens([Doc("t1", Text)]), "radars", window: 1);
        var writer = new StringWriter { NewLine = "\n" };
        ResultWriter.Write(writer, rows, OutputFormat.Csv);
        var header = writer.ToString().Split('\n')[0];
        Assert.Equal("DocumentId,TokenStart,TokenEnd,CharStart,CharEnd,Pre,Keyword,Post,Pattern", header);
    }
}
