using System.Text.Json;
using NewsLens.Corpora;

namespace NewsLens.Tests.Corpora;

/// <summary>
/// The five sample articles in data/s400, checked as a reader would: boilerplate lines read off the files
/// are gone, the article's sentences (first, last, next to removed lines, quotes) are intact, and
/// metadata.csv supplies dates and outlets.
/// </summary>
public class SampleCorpusTests
{
    private const string Nbsp = "\u00A0";
    private static readonly Lazy<Corpus> Sample = new(() => Corpus.Load(SharedData.Repo("data", "s400")));

    private static Document Doc(string id) => Sample.Value.Find(id) ?? throw new Xunit.Sdk.XunitException("missing " + id);

    private static void AssertRemoved(Document d, params string[] fragments)
    {
        foreach (var f in fragments)
        {
            Assert.Contains(f, d.RawText);   // the fragment really was in the article ...
            Assert.DoesNotContain(f, d.Text); // ... and cleaning removed it
        }
    }

    private static void AssertKept(Document d, params string[] sentences)
    {
        foreach (var s in sentences) Assert.Contains(s, d.Text);
    }

    /// <summary>The cleaning report lists exactly these lines (by their start) for the document, with these rules,
    /// and each entry's line number points at that line of the raw text.</summary>
    private static void AssertCleaning(Document d, params (string Rule, string LineStart)[] expected)
    {
        var entries = Sample.Value.Report.CleaningFor(d.Id);
        Assert.Equal(expected.Length, entries.Count);
        var raw = d.RawText.Split('\n');
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i].Rule, entries[i].Rule);
            Assert.StartsWith(expected[i].LineStart, entries[i].RemovedText.Replace(Nbsp, " "));
            Assert.Equal(raw[entries[i].Line - 1], entries[i].RemovedText);
        }
    }

    [Fact]
    public void Loads_five_documents_with_titles_dates_and_outlets_from_metadata_csv()
    {
        var c = Sample.Value;
        Assert.Equal(5, c.Count);
        Assert.Equal(
            ["000_40ae18fe69cda734", "001_e5a66e069e38f3c4", "002_7a2e542821ed9fae", "003_dfa5f23d99226258", "004_c00ba329ed1b645e"],
            c.Select(d => d.Id));
        Assert.Equal("NATO fury: Why Turkey’s new Russia weapons deal could spark fresh Trump row", Doc("000_40ae18fe69cda734").Title);
        Assert.Equal("Turkey ‘to sign new missile defence system contract’ with Russia, in fresh blow to US ties", Doc("001_e5a66e069e38f3c4").Title);
        Assert.Equal("NATO member Turkey concludes deal with Russia for S-400 missile systems", Doc("002_7a2e542821ed9fae").Title);
        Assert.Equal("Turkey Turns To Russia’s Most Advanced Air Defense System Instead Of Buying From" + Nbsp + "NATO", Doc("003_dfa5f23d99226258").Title);
        Assert.Equal("Turkey defiant as US threatens Ankara over S-400 missiles.", Doc("004_c00ba329ed1b645e").Title);

        Assert.Equal(new DateTime(2019, 11, 19), Doc("000_40ae18fe69cda734").Date);
        Assert.Equal(new DateTime(2019, 11, 27), Doc("001_e5a66e069e38f3c4").Date);
        Assert.Equal(new DateTime(2018, 9, 1), Doc("002_7a2e542821ed9fae").Date);
        Assert.Equal(new DateTime(2017, 4, 25), Doc("003_dfa5f23d99226258").Date);
        Assert.Equal(new DateTime(2019, 4, 3), Doc("004_c00ba329ed1b645e").Date);

        // metadata.csv overrides the "source: express.co.uk" line of the text file
        Assert.Equal("Express (express.co.uk)", Doc("000_40ae18fe69cda734").Outlet);
        Assert.Equal("unknown (republished by a blog)", Doc("001_e5a66e069e38f3c4").Outlet);
        Assert.Equal("The Duran", Doc("002_7a2e542821ed9fae").Outlet);
        Assert.Equal("The Daily Caller (republished by a blog)", Doc("003_dfa5f23d99226258").Outlet);
        Assert.Equal("unknown (republished by a news site)", Doc("004_c00ba329ed1b645e").Outlet);

        Assert.Equal("date approximate: the text cites an RT report of 31 August", Doc("002_7a2e542821ed9fae").Metadata["note"]);
        Assert.Equal("date approximate: the text cites an RT report of 31 August", Doc("002_7a2e542821ed9fae").Info.GetField("note"));
        Assert.All(c, d => Assert.DoesNotContain(d.Title!, d.Text));
    }

    [Fact]
    public void Report_has_an_entry_for_every_file_and_document_and_no_problems()
    {
        var r = Sample.Value.Report;
        Assert.Equal(5, r.Loaded);
        Assert.Equal(0, r.Skipped);
        Assert.Equal(0, r.Warnings);
        foreach (var name in Directory.GetFiles(SharedData.Repo("data", "s400")).Select(Path.GetFileName))
            Assert.Contains(r.Entries, e => Path.GetFileName(e.File) == name && e.DocumentId is null);
        Assert.All(Sample.Value, d => Assert.Contains(r.Entries, e => e.DocumentId == d.Id && e.Status == LoadStatus.Loaded));
        Assert.Contains(r.Entries, e => e.File.EndsWith("metadata.csv", StringComparison.Ordinal) && e.Message.Contains("5 of 5 rows"));
    }

    [Fact]
    public void Article_000_Express()
    {
        var d = Doc("000_40ae18fe69cda734");
        AssertRemoved(d, "READ MORE", "ISIS terror suspect returns to UK as Turkey threatens to deport more", "source: express.co.uk");
        AssertKept(d,
            "Turkish Defence Industry Directorate Ismail Demir sent a chilling warning to his country’s opponents stating that Turkey hadn’t just bought the Russian missiles for show, and that they would be put into use.",
            "“We have allied relations with Russia and the United States. We have to go on and respect the agreements we signed.”",
            "One NATO insider told Express.co.uk that this plan by Turkey’s government was ridiculous.",
            "Mr Townsend, a former Deputy Assistant Secretary of Defense for European and NATO Policy, said that Turkey are posing an “internal threat” to NATO.",
            "“The Turks and the Russians are using each other for their own ends, that’s what we are seeing happen here.”");
        Assert.StartsWith("Turkish Defence Industry Directorate Ismail Demir", d.Text);
        Assert.EndsWith("Mr Trump may be livid with his Turkish counterpart, but Mr Erdogan is showing no signs of letting up in his quest for military power.", d.Text);
        // the paragraphs around the removed line are now separated by one blank line
        Assert.Contains("ridiculous.\n\nMr Townsend", d.Text);
        AssertCleaning(d, ("read-more", "READ MORE: ISIS terror suspect"), ("source-line", "source: express.co.uk"));
    }

    [Fact]
    public void Article_001_spam_and_comment_form()
    {
        var d = Doc("001_e5a66e069e38f3c4");
        AssertRemoved(d, "Click Here: liverpool mens jersey", "Leave a Reply",
            "Your email address will not be published. Required fields are marked *");
        AssertKept(d,
            "Turkey is to sign a new contract for S-400 missile-defense systems with Russia, according to Moscow, which would risk further souring ties with the US and could trigger threatened sanctions.",
            "\"We hope that in the first half of 2020 we will sign the contract documents,\" RIA news agency cited Mr Mikheev as saying.",
            "\"But I want to stress that military technical cooperation with Turkey is not limited to the supply of the S-400s. We have big plans ahead.\"",
            "As Mr Mikheev’s comments emerged, President Tayyip Erdogan was cited on Tuesday as saying Turkish and US officials would conduct efforts until April to sort out the dispute between the Nato allies over the S-400s.",
            "\"There is a process that is ongoing until April. Our defence and foreign ministers will carry out these efforts. We need to see where we get with these efforts,\" broadcaster NTV reported him as saying when asked how they would resolve the row.");
        Assert.Contains("We have big plans ahead.\"\n\nAs Mr Mikheev’s comments emerged", d.Text);
        Assert.EndsWith("Turkey and allied Syrian rebels have been accused of war crimes against civilians in the area.", d.Text);
        AssertCleaning(d, ("click-here", "Click Here:"), ("comment-form", "Leave a Reply"),
            ("comment-form", "Your email address will not be published."));
    }

    [Fact]
    public void Article_002_The_Duran()
    {
        var d = Doc("002_7a2e542821ed9fae");
        AssertRemoved(d, "Support The Duran – Browse our Shop >>",
            "The post NATO member Turkey concludes deal with Russia for S-400 missile systems appeared first on The Duran.",
            "\nSource");
        AssertKept(d,
            "Turkey concluded what can only be seen as an historic move.",
            "showing the US and NATO that it has alternatives if the Americans cancel their F-35 deal with the country:",
            "Recep Tayyip Erdogan … reaffirmed Turkey’s commitment to purchasing the Russian-made S-400 air-defense system, asserting that Ankara has alternatives if the Washington cancels its F-35 deal.",
            "“The US has been pressuring all its allies in the recent period, so there is no alliance. We have an urgent need for our allies to buy air-defense systems,” Hurriyet reported him saying.",
            "As we have covered extensively on The Duran, these moves have a very clear, though usually unstated purpose.");
        Assert.StartsWith("Turkey concluded what can only be seen as an historic move.", d.Text);
        Assert.EndsWith("it appears that the US can no longer command loyalty." + Nbsp + "\nIt must now compete.", d.Text);
        AssertCleaning(d, ("shop-promo", "Support The Duran"), ("post-appeared-first", "The post NATO member"), ("source-line", "Source"));
    }

    [Fact]
    public void Article_003_further_information_links_removed_caption_kept()
    {
        var d = Doc("003_dfa5f23d99226258");
        string[] links =
        [
            "US combat units on “high alert” after Incirlik surrounded",
            "TURKEY TO U.S.: “Give Turkey Your Nuclear Weapons at Incirlik Air Base or Turkey will Take Them!”",
            "Reports Turkish troops have sealed off Incirlik US/NATO nuclear air base",
            "Erdogan locks US airmen, nuclear arms in Incirlik",
            "Ankara threatens to ground US fighters at key Turkish air base",
            "U.S. Nukes at Turkish Airbase at Risk of Being Seized by ‘Hostile Forces,’ Report Says",
            "Turkey could choose China’s missile defense system by end of year: report",
            "Ankara’s move to Chinese air systems appals NATO allies",
        ];
        AssertRemoved(d, ["For further information, see the following articles:", .. links, "Full article:", "(The Daily Caller)", "Comments are closed."]);
        AssertKept(d,
            "Turkey has declared itself an enemy of not only NATO by purchasing Chinese military hardware, but an enemy of America when it decided to hold American soldiers hostage at Incirlik airbase… and more than once.",
            "Russia and China’s world-war axis and counterweight to NATO and the West.",
            // the photo caption is not boilerplate
            "Russian S-400 Triumph medium-range and long-range surface-to-air missile systems drive during the Victory Day parade, marking the 71st anniversary of the victory over Nazi Germany in World War Two, at Red Square in Moscow, Russia, May 9, 2016. REUTERS/Grigory Dukor",
            "NATO ally Turkey is in the midst of finalizing a deal with Russia to purchase the S-400 air defense system, as tensions between the U.S.-European alliance and the Kremlin are reaching a fever pitch.",
            "“I suppose after Erdogan’s talks with Putin a joint decision will be made on further steps for purchasing Russia’s missile system,” said Isik",
            "Isik noted that the deal has reached a “final stage, but this does not mean the agreement will be signed tomorrow.”");
        Assert.Contains("counterweight to NATO and the West.\n\nRussian S-400 Triumph", d.Text);
        Assert.EndsWith("Kasapoglu noted. That alone" + Nbsp + "may be enough for Russia.", d.Text);
        AssertCleaning(d,
        [
            ("related-links", "For further information"),
            .. links.Select(l => ("related-links", l)),
            ("full-article", "Full article:"),
            ("comments-closed", "Comments are closed."),
        ]);
    }

    [Fact]
    public void Article_004_check_also_teaser_removed()
    {
        var d = Doc("004_c00ba329ed1b645e");
        AssertRemoved(d, "Check Also", "Iraqi PM addresses negligence and promises care for Al-Hamdaniyah incident victims",
            "The Iraqi Prime Minister Mohammad Shia Al-Sudani has made a statement regarding the tragic Al-Hamdaniyah …",
            "Leave a Reply", "Your email address will not be published. Required fields are marked *");
        AssertKept(d,
            "US Vice President Mike Pence warned Turkey on Wednesday that it could risk its membership in NATO if it goes ahead with plans to buy a Russian air defense system despite widespread international opposition.",
            "“Turkey must choose,” Pence said.",
            "“Does it want to remain a critical partner in the most successful military alliance in the history of the world or does it want to risk the security of that partnership by making reckless decisions that undermine our alliance?”",
            "“We couldn’t get it for 10 years,” Cavusoglu said at the Atlantic Council on Wednesday morning.");
        Assert.StartsWith("US Vice President Mike Pence warned Turkey on Wednesday", d.Text);
        Assert.EndsWith("“We made very clear that this system will not see any NATO system, including F-35s, as an enemy,” he said, adding that Turkey has proposed setting up a technical working group that would ensure that the S-400 did not pose a threat.", d.Text);
        AssertCleaning(d, ("check-also", "Check Also"), ("check-also", "Iraqi PM"), ("check-also", "The Iraqi Prime Minister"),
            ("comment-form", "Leave a Reply"), ("comment-form", "Your email address"));
    }

    [Fact]
    public void Cleaning_off_keeps_the_raw_text()
    {
        var c = Corpus.Load(SharedData.Repo("data", "s400"), new CorpusLoadOptions { Clean = false });
        Assert.Empty(c.Report.Cleaning);
        Assert.All(c, d => Assert.Equal(d.RawText, d.Text));
        Assert.Contains("Click Here: liverpool mens jersey", c.Find("001_e5a66e069e38f3c4")!.Text);
    }

    [Fact]
    public void A_single_file_takes_its_outlet_from_the_source_line_and_no_sidecar()
    {
        var c = Corpus.Load(SharedData.Repo("data", "s400", "000_40ae18fe69cda734.txt"));
        var d = Assert.Single(c);
        Assert.Equal("express.co.uk", d.Outlet);
        Assert.Null(d.Date);
        Assert.DoesNotContain("source:", d.Text);
    }

    [Fact]
    public void Summary_matches_hand_checked_dates_and_reference_word_counts()
    {
        var reference = JsonSerializer.Deserialize<Dictionary<string, long>>(
            File.ReadAllText(SharedData.Repo("tests", "NewsLens.Tests", "Fixtures", "corpora", "s400-word-counts.json")))!;
        var s = Sample.Value.Summary();
        Assert.Equal(5, s.Documents);
        Assert.Equal(new DateTime(2017, 4, 25), s.FirstDate);
        Assert.Equal(new DateTime(2019, 11, 27), s.LastDate);
        Assert.Equal(0, s.UndatedDocuments);
        Assert.Equal(reference.Values.Sum(), s.Tokens);
        Assert.Equal(5, s.Outlets.Count);
        Assert.All(s.Outlets, o => Assert.Equal(1, o.Documents));
        var express = Assert.Single(s.Outlets, o => o.Outlet == "Express (express.co.uk)");
        Assert.Equal(reference["000_40ae18fe69cda734"], express.Tokens);
        Assert.Equal(new DateTime(2019, 11, 19), express.FirstDate);
        Assert.Equal(new DateTime(2019, 11, 19), express.LastDate);
        Assert.Equal(reference["002_7a2e542821ed9fae"], Assert.Single(s.Outlets, o => o.Outlet == "The Duran").Tokens);
    }
}
