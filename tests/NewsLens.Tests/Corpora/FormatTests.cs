using System.Text;
using NewsLens.Corpora;

namespace NewsLens.Tests.Corpora;

/// <summary>Each supported format, from small fixture files (tests/NewsLens.Tests/Fixtures/corpora/formats).</summary>
public class FormatTests
{
    private static string Fixture(string name) => SharedData.Repo("tests", "NewsLens.Tests", "Fixtures", "corpora", "formats", name);

    [Fact]
    public void Txt_title_text_and_source_line()
    {
        var d = Assert.Single(Corpus.Load(Fixture("plain.txt")));
        Assert.Equal("plain", d.Id);
        Assert.Equal("Ankara signs the deal", d.Title);
        Assert.Equal("Example Wire", d.Outlet);
        Assert.Equal("Turkey signed the contract on Monday.\n\nThe first batteries arrive in July.", d.Text);
        Assert.EndsWith("Source: Example Wire", d.RawText);
    }

    [Fact]
    public void Txt_without_a_title_line_keeps_all_of_it_as_text()
    {
        using var tmp = new TempFolder();
        tmp.Write("oneline.txt", "A speech given on one single line without any title.");
        tmp.Write("salute.txt", "Mr. President,\n\nWe meet in difficult times.");
        tmp.Write("notblank.txt", "President, friends –\nSteeled by the horror of war, humanity forged our United Nations.");
        var c = Corpus.Load(tmp.Path);
        Assert.All(c, d => Assert.Null(d.Title));
        Assert.Equal("A speech given on one single line without any title.", c.Find("oneline")!.Text);
        Assert.Equal("Mr. President,\n\nWe meet in difficult times.", c.Find("salute")!.Text);
        Assert.StartsWith("President, friends –\nSteeled", c.Find("notblank")!.Text);
    }

    [Fact]
    public void Markdown_front_matter_sets_fields_and_typed_metadata()
    {
        var d = Assert.Single(Corpus.Load(Fixture("front.md")));
        Assert.Equal("front", d.Id);
        Assert.Equal("Pentagon halts F-35 parts", d.Title);
        Assert.Equal(new DateTime(2019, 4, 1, 7, 30, 0), d.Date);   // 09:30 at +02:00 is 07:30 UTC
        Assert.Equal(DateTimeKind.Utc, d.Date!.Value.Kind);
        Assert.Equal("Defence Weekly", d.Outlet);
        Assert.Equal("https://example.org/f35", d.Url);
        Assert.Equal("World", d.Metadata["section"]);
        Assert.Equal(812L, d.Metadata["words"]);
        Assert.Equal("nato, turkey", d.Metadata["tags"]);
        Assert.Equal("# A heading inside the body\n\nThe Pentagon stopped deliveries of F-35 parts to Turkey.", d.Text);
    }

    [Fact]
    public void Markdown_without_front_matter_takes_the_first_heading_as_title()
    {
        var d = Assert.Single(Corpus.Load(Fixture("heading.md")));
        Assert.Equal("Erdogan defends the purchase", d.Title);
        Assert.Equal("Some preamble line.\n\nErdogan said the purchase was a done deal.", d.Text);
    }

    [Fact]
    public void Json_array_with_aliases_and_metadata()
    {
        var c = Corpus.Load(Fixture("array.json"));
        Assert.Equal(["j1", "j2"], c.Select(d => d.Id));
        var first = c[0];
        Assert.Equal("First", first.Title);
        Assert.Equal(new DateTime(2019, 5, 3), first.Date);
        Assert.Equal("Wire One", first.Outlet);              // alias "source"
        Assert.Equal("https://example.org/1", first.Url);    // alias "link"
        Assert.Equal("Text of the first article.", first.Text);
        Assert.Equal(2L, first.Metadata["rank"]);
        Assert.Equal(true, first.Metadata["featured"]);
        var second = c[1];
        Assert.Equal(new DateTime(2019, 5, 3), second.Date);  // "3 May 2019"
        Assert.Equal("Wire Two", second.Outlet);               // alias "publisher"
        Assert.Equal(0.75, second.Metadata["score"]);
        Assert.Equal("[\"a\", \"b\"]", second.Metadata["tags"]);
    }

    [Fact]
    public void Json_single_object_with_rfc1123_date()
    {
        var d = Assert.Single(Corpus.Load(Fixture("single.json")));
        Assert.Equal("single", d.Id);
        Assert.Equal(new DateTime(2021, 5, 20, 22, 14, 56), d.Date);
        Assert.Equal("State", d.Outlet);
    }

    [Fact]
    public void Json_lines_one_document_per_line()
    {
        var c = Corpus.Load(Fixture("lines.jsonl"));
        Assert.Equal(["l1", "l2"], c.Select(d => d.Id));
        Assert.Equal(new DateTime(2021, 5, 20), c[0].Date);
        Assert.Equal(new DateTime(2021, 5, 21, 10, 0, 0), c[1].Date);
        Assert.Equal("Office of the Spokesperson", c[1].Metadata["author"]);
        Assert.Equal("Second line document.", c[1].Text);
        Assert.Contains(c.Report.Entries, e => e.DocumentId == "l2" && e.Line == 2 && e.Status == LoadStatus.Loaded);
    }

    [Fact]
    public void Csv_columns_map_to_fields_and_metadata_with_quoted_multiline_text()
    {
        var c = Corpus.Load(Fixture("table.csv"));
        Assert.Equal(["c1", "c2"], c.Select(d => d.Id));
        Assert.Equal("Deliveries began on Friday, officials said.", c[0].Text);
        Assert.Equal("The radars were tested\nagainst F-16 jets.", c[1].Text);
        Assert.Equal(new DateTime(2019, 7, 12), c[0].Date);
        Assert.Equal("Wire", c[1].Outlet);
        Assert.Null(c[1].Url);
        Assert.Equal(412L, c[0].Metadata["words"]);
        Assert.Equal("Defence", c[1].Metadata["section"]);
        Assert.Equal(3, c.Report.Entries.Single(e => e.DocumentId == "c2").Line);
    }

    [Fact]
    public void Csv_text_column_option_and_generated_ids()
    {
        using var tmp = new TempFolder();
        var path = tmp.Write("notes.csv", "body,kind\nFirst note.,memo\nSecond note.,memo\n");
        var c = Corpus.Load(path, new CorpusLoadOptions { TextColumn = "body" });
        Assert.Equal(["notes#2", "notes#3"], c.Select(d => d.Id));
        Assert.Equal("memo", c[0].Metadata["kind"]);
    }

    [Fact]
    public void Html_article_text_without_navigation_comments_share_widgets_and_footer()
    {
        var d = Assert.Single(Corpus.Load(Fixture("page.html")));
        Assert.Equal("Turkey tests S-400 radars", d.Title);           // og:title, not the <title> with the site name
        Assert.Equal("Example News", d.Outlet);                         // og:site_name
        Assert.Equal("https://news.example.org/s400-radars", d.Url);    // canonical
        Assert.Equal(new DateTime(2019, 11, 26, 5, 15, 0), d.Date);     // 08:15 at +03:00
        Assert.Equal(
            "Turkey tested the radars of its new Russian system on Monday.\n\n" +
            "US-made F-16 jets flew over the capital as mock targets.\n\n" +
            "“We have big plans ahead,” an official said.",
            d.Text);
    }

    [Fact]
    public void Html_without_article_uses_the_element_with_most_paragraph_text()
    {
        var d = Assert.Single(Corpus.Load(Fixture("noarticle.htm")));
        Assert.Equal("Minister speaks", d.Title);
        Assert.Equal(new DateTime(2019, 5, 3), d.Date);   // DC.date
        Assert.Equal("The minister spoke for an hour about the defence budget and its priorities.\n\n" +
                     "Opposition members asked about the missile purchase.", d.Text);
    }

    [Fact]
    public void Html_dates_from_itemprop_and_time_elements_and_commentary_is_not_a_comments_section()
    {
        using var tmp = new TempFolder();
        tmp.Write("a.html", "<html><body><h1>A</h1><span itemprop=\"datePublished\" content=\"2020-02-04\"></span>" +
                            "<main><p>Main text.</p></main></body></html>");
        tmp.Write("b.html", "<html><body><article><time datetime=\"2020-02-03T10:00:00Z\">3 Feb</time>" +
                            "<div class=\"commentary-body\"><p>Analysis paragraph.</p></div>" +
                            "<section class=\"comments-list\"><p>Reader comment.</p></section></article></body></html>");
        var c = Corpus.Load(tmp.Path);
        Assert.Equal(new DateTime(2020, 2, 4), c.Find("a")!.Date);
        Assert.Equal("A", c.Find("a")!.Title);        // first h1 when there is no og:title or <title>
        Assert.Equal("Main text.", c.Find("a")!.Text);
        Assert.Equal(new DateTime(2020, 2, 3, 10, 0, 0), c.Find("b")!.Date);
        Assert.Equal("Analysis paragraph.", c.Find("b")!.Text);
    }

    [Fact]
    public void Gzip_compressed_jsonl_and_csv_are_read_transparently()
    {
        using var tmp = new TempFolder();
        tmp.WriteGzip("feed.jsonl.gz", Encoding.UTF8.GetBytes(
            "{\"id\":\"g1\",\"text\":\"Compressed line one.\"}\n{\"id\":\"g2\",\"text\":\"Compressed line two.\"}\n"));
        tmp.WriteGzip("rows.csv.gz", Encoding.UTF8.GetBytes("id,text,date\nr1,\"Compressed, quoted row.\",2020-01-02\n"));
        var c = Corpus.Load(tmp.Path);
        Assert.Equal(["g1", "g2", "r1"], c.Select(d => d.Id));
        Assert.Equal("Compressed line two.", c[1].Text);
        Assert.Equal("Compressed, quoted row.", c[2].Text);
        Assert.Equal(new DateTime(2020, 1, 2), c[2].Date);
        Assert.Equal(3, c.Report.Loaded);
    }

    [Fact]
    public void Utf8_bom_is_stripped_and_crlf_normalised()
    {
        using var tmp = new TempFolder();
        var path = tmp.WriteBytes("bom.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Title\r\n\r\nLine one.\r\nLine two.\r\n")]);
        var d = Assert.Single(Corpus.Load(path));
        Assert.Equal("Title", d.Title);
        Assert.Equal("Line one.\nLine two.", d.Text);
    }

    [Fact]
    public void A_folder_loads_every_format_in_ordinal_path_order_and_reports_progress()
    {
        var progress = new List<LoadProgress>();
        var c = Corpus.Load(SharedData.Repo("tests", "NewsLens.Tests", "Fixtures", "corpora", "formats"),
            new CorpusLoadOptions { Progress = new SyncProgress(progress.Add) });
        Assert.Equal(["j1", "j2", "front", "heading", "l1", "l2", "noarticle", "page", "plain", "single", "c1", "c2"], c.Select(d => d.Id));
        Assert.Equal(9, progress.Count);
        Assert.Equal(Enumerable.Range(1, 9), progress.Select(p => p.FilesDone));
        Assert.All(progress, p => Assert.Equal(9, p.FilesTotal));
        Assert.EndsWith("table.csv", progress[^1].CurrentFile);
        Assert.Equal(0, c.Report.Skipped);
    }

    [Fact]
    public void Sidecar_metadata_overrides_fields_and_warns_about_unmatched_rows()
    {
        using var tmp = new TempFolder();
        tmp.Write("a.txt", "Title A\n\nText of A.\n\nsource: Original Outlet");
        tmp.Write("b.txt", "Title B\n\nText of B.");
        tmp.Write("sub/c.txt", "Title C\n\nText of C.");
        tmp.Write("metadata.csv", "id,date,outlet,title,pages,c\na,2019-04-03,Sidecar Outlet,,3,x\nb,not a date,,New B,,\nzzz,2019-01-01,,,,\n");
        var c = Corpus.Load(tmp.Path);
        var a = c.Find("a")!;
        Assert.Equal("Sidecar Outlet", a.Outlet);
        Assert.Equal("Title A", a.Title);          // empty cell changes nothing
        Assert.Equal(new DateTime(2019, 4, 3), a.Date);
        Assert.Equal(3L, a.Metadata["pages"]);
        var b = c.Find("b")!;
        Assert.Equal("New B", b.Title);
        Assert.Null(b.Date);
        Assert.Equal("not a date", b.Metadata["date_raw"]);
        Assert.Empty(c.Find("c")!.Metadata);       // a sub-folder's files are not matched by this folder's sidecar
        var unmatched = Assert.Single(c.Report.Entries, e => e.Message.Contains("'zzz'"));
        Assert.Equal(LoadStatus.Warning, unmatched.Status);
        Assert.Equal(4, unmatched.Line);
        Assert.EndsWith("metadata.csv", unmatched.File);
    }

    [Fact]
    public void Hidden_files_are_ignored_and_recursion_can_be_switched_off()
    {
        using var tmp = new TempFolder();
        tmp.Write("a.txt", "Title\n\nText.");
        tmp.Write(".hidden.xyz", "ignored");
        tmp.Write("sub/b.txt", "Title\n\nText b.");
        Assert.Equal(["a", "b"], Corpus.Load(tmp.Path).Select(d => d.Id));
        var flat = Corpus.Load(tmp.Path, new CorpusLoadOptions { Recursive = false });
        Assert.Equal(["a"], flat.Select(d => d.Id));
        Assert.DoesNotContain(flat.Report.Entries, e => e.File.Contains(".hidden"));
    }

    private sealed class SyncProgress(Action<LoadProgress> report) : IProgress<LoadProgress>
    {
        public void Report(LoadProgress value) => report(value);
    }
}
