using NewsLens.Corpora;
using NewsLens.Corpora.Cleaning;

namespace NewsLens.Tests.Corpora;

/// <summary>Boilerplate rules on small texts, and the corpus-level repeated-line rule.</summary>
public class CleaningTests
{
    private static (string Text, List<CleaningEntry> Removed) Clean(string raw) => Cleaner.Clean("d", raw, null);

    [Theory]
    [InlineData("Share this:", "share-buttons")]
    [InlineData("Facebook Twitter WhatsApp Email", "share-buttons")]
    [InlineData("Share on Facebook", "share-buttons")]
    [InlineData("Related: Turkey buys more missiles", "related-links")]
    [InlineData("Read more", "read-more")]
    [InlineData("Continue reading…", "read-more")]
    [InlineData("Comments are closed.", "comments-closed")]
    [InlineData("Leave a Reply", "comment-form")]
    [InlineData("Click here to subscribe", "click-here")]
    [InlineData("Full article: Something (Outlet)", "full-article")]
    [InlineData("The post Some headline appeared first on Some Site.", "post-appeared-first")]
    public void Known_boilerplate_lines_are_removed_with_their_rule(string line, string rule)
    {
        var (text, removed) = Clean($"First paragraph.\n\n{line}\n\nLast paragraph.");
        Assert.Equal("First paragraph.\n\nLast paragraph.", text);
        var entry = Assert.Single(removed);
        Assert.Equal(rule, entry.Rule);
        Assert.Equal(3, entry.Line);
        Assert.Equal(line, entry.RemovedText);
    }

    [Theory]
    [InlineData("He said they would read more reports before deciding.")]
    [InlineData("Related talks in Sochi ended without a deal.")]
    [InlineData("The source said the deal was signed.")]
    [InlineData("Share prices fell on Friday.")]
    public void Article_sentences_that_look_like_boilerplate_are_kept(string sentence)
    {
        var raw = $"First paragraph.\n\n{sentence}\n\nLast paragraph.";
        var (text, removed) = Clean(raw);
        Assert.Equal(raw, text);
        Assert.Empty(removed);
    }

    [Fact]
    public void Related_articles_header_takes_the_headline_run_and_stops_at_the_next_paragraph()
    {
        var raw = "Intro paragraph.\n\nRelated articles\n\nTurkey tests radar\n\nPutin Meets Erdogan In Sochi!\n\n" +
                  "The talks continued on Tuesday, officials said.\n\nShort subhead";
        var (text, removed) = Clean(raw);
        Assert.Equal("Intro paragraph.\n\nThe talks continued on Tuesday, officials said.\n\nShort subhead", text);
        Assert.Equal(["Related articles", "Turkey tests radar", "Putin Meets Erdogan In Sochi!"], removed.Select(r => r.RemovedText));
        Assert.All(removed, r => Assert.Equal("related-links", r.Rule));
    }

    [Fact]
    public void Source_line_only_counts_as_the_last_line()
    {
        var (text, removed) = Clean("Source: a reader\n\nText.\n\nSource: Wire");
        Assert.Equal("Source: a reader\n\nText.", text);
        Assert.Equal(5, Assert.Single(removed).Line);
    }

    [Fact]
    public void Lines_repeated_across_documents_of_one_outlet_are_removed()
    {
        using var tmp = new TempFolder();
        const string footer = "Subscribe to our newsletter for daily updates";
        tmp.Write("a.jsonl",
            $"{{\"id\":\"a1\",\"outlet\":\"Wire\",\"text\":\"Alpha story.\\n\\n{footer}\\n\\nShort line\"}}\n" +
            $"{{\"id\":\"a2\",\"outlet\":\"Wire\",\"text\":\"Beta story.\\n\\n{footer}\\n\\nShort line\"}}\n" +
            $"{{\"id\":\"b1\",\"outlet\":\"Other\",\"text\":\"Gamma story.\\n\\n{footer}\"}}\n");
        var c = Corpus.Load(tmp.Path);
        Assert.Equal("Alpha story.\n\nShort line", c.Find("a1")!.Text);    // "Short line" is under 20 characters
        Assert.Equal("Beta story.\n\nShort line", c.Find("a2")!.Text);
        Assert.Contains(footer, c.Find("b1")!.Text);                         // only one document of outlet "Other"
        Assert.Equal(2, c.Report.Cleaning.Count(e => e.Rule == "repeated-line"));

        var three = Corpus.Load(tmp.Path, new CorpusLoadOptions { MinRepeatedLineDocuments = 3 });
        Assert.DoesNotContain(three.Report.Cleaning, e => e.Rule == "repeated-line");
    }

    [Fact]
    public void Duplicate_documents_do_not_erase_each_other()
    {
        using var tmp = new TempFolder();
        const string text = "The Secretary met the envoy in Washington today.\n\nThey discussed the situation at length.";
        tmp.Write("a.txt", "Meeting\n\n" + text);
        tmp.Write("b.txt", "Meeting again\n\n" + text);
        var c = Corpus.Load(tmp.Path);
        Assert.All(c, d => Assert.Equal(text, d.Text));
        Assert.Empty(c.Report.Cleaning);
    }

    [Fact]
    public void Repeated_lines_never_empty_a_document()
    {
        var repeated = new HashSet<string> { "The Secretary met the envoy in Washington today.", "Office of the Spokesperson" };
        var (text, removed) = Cleaner.Clean("d", "Office of the Spokesperson\n\nThe Secretary met the envoy in Washington today.", repeated);
        Assert.Equal("Office of the Spokesperson\n\nThe Secretary met the envoy in Washington today.", text);
        Assert.Empty(removed);
        (text, removed) = Cleaner.Clean("d", "Office of the Spokesperson\n\nA new sentence.", repeated);
        Assert.Equal("A new sentence.", text);
        Assert.Equal("repeated-line", Assert.Single(removed).Rule);
    }

    [Fact]
    public void Documents_without_outlet_are_grouped_by_folder_for_repeated_lines()
    {
        using var tmp = new TempFolder();
        const string line = "This press release is issued by the office";
        tmp.Write("x/one.txt", $"One\n\nFirst text.\n\n{line}");
        tmp.Write("x/two.txt", $"Two\n\nSecond text.\n\n{line}");
        tmp.Write("y/three.txt", $"Three\n\nThird text.\n\n{line}");
        var c = Corpus.Load(tmp.Path);
        Assert.Equal("First text.", c.Find("one")!.Text);
        Assert.Equal("Second text.", c.Find("two")!.Text);
        Assert.Contains(line, c.Find("three")!.Text);
    }
}
