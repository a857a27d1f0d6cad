using NewsLens.Stance;

namespace NewsLens.Tests.Stance;

/// <summary>
/// Motion polarity on hand-written motions (not from any data set). The expected signs are what the motion
/// says about its target, worked out by reading it: "ban X" is against X, "it is right to restrict X" against X.
/// </summary>
public class MotionLexiconTests
{
    public static TheoryData<string, int> Motions => new()
    {
        { "This house would ban smoking in public places", -1 },
        { "This house would legalise cannabis", 1 },
        { "This house believes that social media is harmful to democracy", -1 },
        { "This house believes that zoos are not justified", -1 },
        { "This house believes that zoos are justified", 1 },
        { "This house should not subsidise fossil fuels", -1 },
        { "This house believes it is right to restrict gambling advertising", -1 },   // + × −
        { "This house believes that the state is justified in prohibiting alcohol", -1 },
        { "This house would never eat meat", -1 },                                    // bare negator
        { "This house opposes the death penalty", -1 },
        { "This house supports the four-day week", 1 },
        { "This house would ban and criminalise fox hunting", -1 },                   // parallel, not − × −
        { "This house believes that vaping is dangerous and harmful", -1 },
        { "This house believes that nuclear power is the most effective way to cut carbon emissions", 1 }, // purpose clause
        { "This house believes in a universal basic income", 1 },                     // no operator
        { "This house would not oppose the merger", 1 },                              // not × −
    };

    [Theory]
    [MemberData(nameof(Motions))]
    public void Motion_polarity_is_the_product_of_its_operators(string motion, int expected) =>
        Assert.Equal(expected, MotionLexicon.English.Read(motion).Polarity);

    [Fact]
    public void The_action_and_the_polarity_toward_it()
    {
        var ban = MotionLexicon.English.Read("This house would ban smoking in public places");
        Assert.Equal("ban", ban.Action!.Concept);
        Assert.Equal(MotionOperatorKind.Suppress, ban.Action.Kind);
        Assert.Equal(1, ban.PolarityTowardAction);        // for the ban, against smoking

        var subsidy = MotionLexicon.English.Read("This house should not subsidise fossil fuels");
        Assert.Equal("not+subsidise", subsidy.Action!.Text);
        Assert.Equal(-1, subsidy.PolarityTowardAction);   // against the subsidies too

        var evaluative = MotionLexicon.English.Read("This house believes that social media is harmful");
        Assert.Null(evaluative.Action);
        Assert.Equal(-1, evaluative.PolarityTowardAction);
    }

    [Fact]
    public void Forms_and_synonyms_of_an_operator_share_its_concept()
    {
        Assert.True(MotionLexicon.English.Mentions("The prohibition drove drinking underground", "ban"));
        Assert.True(MotionLexicon.English.Mentions("Banning it would not work", "ban"));
        Assert.False(MotionLexicon.English.Mentions("Smoking kills", "ban"));
    }

    [Fact]
    public void A_custom_file_is_read_and_bad_lines_name_file_and_line()
    {
        var custom = MotionLexicon.Parse(new StringReader("[suppress]\nveto | vetoes\n[negation]\nnot\n"), "m.txt");
        Assert.Equal(1, custom.Count);
        Assert.Equal(-1, custom.Read("We would veto the bill").Polarity);
        Assert.Equal(1, custom.Read("We would not veto the bill").Polarity);

        var e = Assert.Throws<FormatException>(() => MotionLexicon.Parse(new StringReader("[suppress]\nban\n[verbs]\n"), "m.txt"));
        Assert.Contains("m.txt:3", e.Message);
        Assert.Contains("[promote]", e.Message);
        e = Assert.Throws<FormatException>(() => MotionLexicon.Parse(new StringReader("ban\n"), "m.txt"));
        Assert.Contains("m.txt:1", e.Message);
        e = Assert.Throws<FormatException>(() => MotionLexicon.Parse(new StringReader("[good]\nfair |  | just\n"), "m.txt"));
        Assert.Contains("m.txt:2", e.Message);
        Assert.Throws<FileNotFoundException>(() => MotionLexicon.FromFile("no-such-motions.txt"));
    }
}
