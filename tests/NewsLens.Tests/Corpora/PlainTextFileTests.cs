using System.Text;
using NewsLens.Corpora;

namespace NewsLens.Tests.Corpora;

/// <summary>
/// Plain-text files, read from the decoder's pooled buffer: line endings, title detection, the "source:" line,
/// and what is reported for files with nothing in them.
/// </summary>
public class PlainTextFileTests
{
    private static Document LoadOne(string content, string name = "doc.txt")
    {
        using var tmp = new TempFolder();
        var path = tmp.WriteBytes(name, Encoding.UTF8.GetBytes(content));
        return Assert.Single(Corpus.Load(path, new CorpusLoadOptions { Clean = false }));
    }

    [Theory]
    [InlineData("Title\r\rFirst line.\rSecond line.\r", "Title", "First line.\nSecond line.")]   // old Mac line ends
    [InlineData("Title\r\n\r\nFirst.\r\n\r\nSecond.", "Title", "First.\n\nSecond.")]
    [InlineData("\n\n  Title  \n \nBody text.\n\n\n", "Title", " \nBody text.")]                     // lines kept as written
    [InlineData("Mr. President,\n\nI speak today.", null, "Mr. President,\n\nI speak today.")]      // a salutation is no title
    [InlineData("Just one paragraph of text.\n", null, "Just one paragraph of text.")]               // no blank line after it
    [InlineData("Heading\n\n", null, "Heading")]                                                     // nothing after it
    public void Title_and_text_are_found_as_the_loader_documents(string content, string? title, string text)
    {
        var d = LoadOne(content);
        Assert.Equal(title, d.Title);
        Assert.Equal(text, d.Text);
    }

    [Fact]
    public void A_title_over_200_characters_is_text()
    {
        var longLine = new string('x', 201);
        var d = LoadOne(longLine + "\n\nMore.");
        Assert.Null(d.Title);
        Assert.StartsWith(longLine, d.Text);
    }

    [Theory]
    [InlineData("T\n\nText.\n\nsource: The Wire\n\n", "The Wire")]
    [InlineData("T\n\nText.\n\n  Source :\u00A0Daily\u00A0News ", "Daily News")]
    [InlineData("T\n\nsource: Not Last\n\nText.", null)]
    public void The_last_non_blank_source_line_sets_the_outlet(string content, string? outlet)
    {
        Assert.Equal(outlet, LoadOne(content).Outlet);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \n\t\n\u00A0\n")]
    public void A_file_of_white_space_is_reported_as_empty(string content)
    {
        using var tmp = new TempFolder();
        tmp.WriteBytes("empty.txt", Encoding.UTF8.GetBytes(content));
        tmp.Write("ok.txt", "Fine text.");
        var c = Corpus.Load(tmp.Path);
        Assert.Equal(["ok"], c.Select(d => d.Id));
        var entry = Assert.Single(c.Report.Entries, e => e.Status == LoadStatus.Skipped);
        Assert.EndsWith("empty.txt", entry.File);
        Assert.Equal("empty file", entry.Message);
    }

    [Fact]
    public void A_large_file_and_a_gzip_file_read_whole()
    {
        using var tmp = new TempFolder();
        var body = string.Join("\n\n", Enumerable.Range(0, 20_000).Select(i => $"Paragraph {i} of the long speech."));
        tmp.Write("long.txt", "Long\n\n" + body);
        tmp.WriteGzip("packed.txt.gz", Encoding.UTF8.GetBytes("Packed\r\n\r\nCompressed text.\r\n"));
        var c = Corpus.Load(tmp.Path, new CorpusLoadOptions { Clean = false });
        Assert.Equal(body, c.Find("long")!.Text);
        Assert.Equal("Compressed text.", c.Find("packed")!.Text);
    }
}
