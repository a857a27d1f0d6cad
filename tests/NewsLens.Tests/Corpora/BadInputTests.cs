using System.Text;
using NewsLens.Corpora;

namespace NewsLens.Tests.Corpora;

/// <summary>Bad input: each message names the file (and line) and the problem; Strict turns the first problem into an exception.</summary>
public class BadInputTests
{
    [Fact]
    public void Missing_path_is_fatal()
    {
        using var tmp = new TempFolder();
        var missing = tmp.File("nope");
        var e = Assert.Throws<CorpusLoadException>(() => Corpus.Load(missing));
        Assert.Equal(missing, e.File);
        Assert.Null(e.Line);
        Assert.StartsWith(missing + ": path not found: ", e.Message);
    }

    [Fact]
    public void Folder_without_supported_files_is_fatal_and_lists_the_extensions()
    {
        using var tmp = new TempFolder();
        var e = Assert.Throws<CorpusLoadException>(() => Corpus.Load(tmp.Path));
        Assert.Equal(tmp.Path, e.File);
        Assert.Contains("no supported files", e.Message);
        foreach (var ext in new[] { ".txt", ".md", ".json", ".jsonl", ".csv", ".html", ".htm" })
            Assert.Contains(ext, e.Message);

        tmp.Write("notes.docx", "x");
        tmp.Write("metadata.csv", "id,date\n");
        e = Assert.Throws<CorpusLoadException>(() => Corpus.Load(tmp.Path));
        Assert.Contains("1 unsupported files", e.Message);
    }

    [Fact]
    public void Unsupported_type_in_a_folder_is_reported_and_a_single_unsupported_file_is_fatal()
    {
        using var tmp = new TempFolder();
        tmp.Write("a.txt", "Title\n\nText.");
        var pdf = tmp.Write("b.pdf", "%PDF");
        var c = Corpus.Load(tmp.Path);
        Assert.Single(c);
        var entry = Assert.Single(c.Report.Entries, e => e.Status == LoadStatus.Skipped);
        Assert.Equal(pdf, entry.File);
        Assert.StartsWith("unsupported file type .pdf; supported: .txt, .md, .json, .jsonl, .csv, .html, .htm", entry.Message);

        var e = Assert.Throws<CorpusLoadException>(() => Corpus.Load(pdf));
        Assert.Equal(pdf, e.File);
        Assert.Contains("unsupported file type .pdf", e.Message);
        Assert.Contains("supported: .txt", e.Message);
    }

    [Fact]
    public void Invalid_utf8_skips_the_file_and_names_the_byte()
    {
        using var tmp = new TempFolder();
        tmp.Write("a.txt", "Title\n\nGood text.");
        byte[] bad = [.. Encoding.UTF8.GetBytes("Title\n\nCaf"), 0xE9, .. Encoding.UTF8.GetBytes(" au lait.")];
        var path = tmp.WriteBytes("b.txt", bad);   // 0xE9 (Latin-1 é) at byte 10 is not valid UTF-8
        var c = Corpus.Load(tmp.Path);
        Assert.Equal(["a"], c.Select(d => d.Id));
        var entry = Assert.Single(c.Report.Entries, e => e.Status == LoadStatus.Skipped);
        Assert.Equal(path, entry.File);
        Assert.Equal("invalid UTF-8 at byte 10", entry.Message);
    }

    [Fact]
    public void Malformed_json_line_is_skipped_with_its_line_number_and_the_others_load()
    {
        using var tmp = new TempFolder();
        var path = tmp.Write("feed.jsonl",
            "{\"id\":\"a\",\"text\":\"One.\"}\n{\"id\":\"b\",\"text\":\"Two.\"\n\n{\"id\":\"c\",\"text\":\"Three.\"}\n[1,2]\n");
        var c = Corpus.Load(path);
        Assert.Equal(["a", "c"], c.Select(d => d.Id));
        var problems = c.Report.Entries.Where(e => e.Status == LoadStatus.Skipped).ToList();
        Assert.Equal(2, problems.Count);
        Assert.Equal(2, problems[0].Line);
        Assert.StartsWith("malformed JSON: ", problems[0].Message);
        Assert.Equal(5, problems[1].Line);
        Assert.Equal("expected a JSON object, found an array", problems[1].Message);
        Assert.All(problems, p => Assert.Equal(path, p.File));
    }

    [Fact]
    public void Malformed_json_file_names_the_line()
    {
        using var tmp = new TempFolder();
        var path = tmp.Write("doc.json", "{\n  \"text\": \"x\",\n  oops\n}");
        var entry = Assert.Single(Corpus.Load(tmp.Path).Report.Entries, e => e.Status == LoadStatus.Skipped);
        Assert.Equal(path, entry.File);
        Assert.Equal(3, entry.Line);
        Assert.StartsWith("malformed JSON", entry.Message);
    }

    [Fact]
    public void Csv_without_the_text_column_lists_its_columns()
    {
        using var tmp = new TempFolder();
        var path = tmp.Write("table.csv", "id,headline,body\n1,A,Some text\n");
        var c = Corpus.Load(tmp.Path);
        var entry = Assert.Single(c.Report.Entries);
        Assert.Equal(LoadStatus.Skipped, entry.Status);
        Assert.Equal(path, entry.File);
        Assert.Equal("no column 'text' for the text; the file has columns: id, headline, body (set TextColumn to one of them)", entry.Message);
        Assert.Empty(c);

        var strict = Assert.Throws<CorpusLoadException>(() => Corpus.Load(path, new CorpusLoadOptions { Strict = true }));
        Assert.Equal($"{path}:1: no column 'text' for the text; the file has columns: id, headline, body (set TextColumn to one of them)", strict.Message);
    }

    [Fact]
    public void Json_record_without_text_field_is_skipped_naming_its_fields()
    {
        using var tmp = new TempFolder();
        var path = tmp.Write("feed.jsonl", "{\"id\":\"a\",\"body\":\"One.\"}\n");
        var entry = Assert.Single(Corpus.Load(path).Report.Entries, e => e.Status == LoadStatus.Skipped);
        Assert.Equal(1, entry.Line);
        Assert.Equal("no 'text' field for the text; fields: id, body (set TextColumn to one of them)", entry.Message);
    }

    [Fact]
    public void Csv_row_with_wrong_field_count_is_skipped_with_its_line()
    {
        using var tmp = new TempFolder();
        var path = tmp.Write("t.csv", "id,text\na,One.\nb,Two.,extra\nc,Three.\n");
        var c = Corpus.Load(path);
        Assert.Equal(["a", "c"], c.Select(d => d.Id));
        var entry = Assert.Single(c.Report.Entries, e => e.Status == LoadStatus.Skipped);
        Assert.Equal(3, entry.Line);
        Assert.Equal("row has 3 fields but the header has 2", entry.Message);
    }

    [Fact]
    public void Duplicate_id_is_skipped_naming_where_it_was_first_seen()
    {
        using var tmp = new TempFolder();
        var first = tmp.Write("a.jsonl", "{\"id\":\"x\",\"text\":\"One.\"}\n{\"id\":\"y\",\"text\":\"Two.\"}\n");
        var second = tmp.Write("b.csv", "id,text\nz,Three.\nx,Four.\n");
        var c = Corpus.Load(tmp.Path);
        Assert.Equal(["x", "y", "z"], c.Select(d => d.Id));
        Assert.Equal("One.", c[0].Text);
        var entry = Assert.Single(c.Report.Entries, e => e.Status == LoadStatus.Skipped);
        Assert.Equal(second, entry.File);
        Assert.Equal(3, entry.Line);
        Assert.Equal("x", entry.DocumentId);
        Assert.Equal($"duplicate id 'x' (first seen in {first}:1)", entry.Message);
    }

    [Fact]
    public void Unparseable_date_is_a_warning_and_the_raw_value_is_kept()
    {
        using var tmp = new TempFolder();
        var path = tmp.Write("feed.jsonl", "{\"id\":\"a\",\"date\":\"sometime in May\",\"text\":\"One.\"}\n");
        var c = Corpus.Load(path);
        var d = Assert.Single(c);
        Assert.Null(d.Date);
        Assert.Equal("sometime in May", d.Metadata["date_raw"]);
        var entry = Assert.Single(c.Report.Entries, e => e.Status == LoadStatus.Warning);
        Assert.Equal(path, entry.File);
        Assert.Equal(1, entry.Line);
        Assert.Equal("a", entry.DocumentId);
        Assert.StartsWith("unparseable date 'sometime in May' kept as text in Metadata[\"date_raw\"]; accepted: ISO 8601", entry.Message);
        Assert.Equal(1, c.Report.Loaded);
        Assert.Equal(1, c.Report.Warnings);
    }

    [Fact]
    public void Empty_text_is_skipped_with_a_message()
    {
        using var tmp = new TempFolder();
        tmp.Write("a.jsonl", "{\"id\":\"a\",\"title\":\"Only a title\",\"text\":\"  \"}\n");
        tmp.Write("b.txt", "Title\n\nLeave a Reply\n\nComments are closed.");
        tmp.Write("c.txt", "Title\n\nReal text.");
        var c = Corpus.Load(tmp.Path);
        Assert.Equal(["c"], c.Select(d => d.Id));
        Assert.Equal("empty text", c.Report.Entries.Single(e => e.DocumentId == "a").Message);
        Assert.Equal("empty text after cleaning (2 lines removed as boilerplate)", c.Report.Entries.Single(e => e.DocumentId == "b").Message);
        Assert.Equal(2, c.Report.Skipped);
    }

    [Fact]
    public void Invalid_gzip_and_invalid_yaml_are_reported()
    {
        using var tmp = new TempFolder();
        tmp.Write("ok.txt", "Title\n\nText.");
        var gz = tmp.Write("broken.jsonl.gz", "this is not gzip");
        var md = tmp.Write("bad.md", "---\ntitle: [unclosed\n---\nBody.");
        var c = Corpus.Load(tmp.Path);
        Assert.Equal(["ok"], c.Select(d => d.Id));
        Assert.StartsWith("not a valid gzip file", c.Report.Entries.Single(e => e.File == gz).Message);
        var yaml = c.Report.Entries.Single(e => e.File == md);
        Assert.Equal(LoadStatus.Skipped, yaml.Status);
        Assert.StartsWith("invalid YAML front matter", yaml.Message);
        Assert.NotNull(yaml.Line);
    }

    [Fact]
    public void Odd_front_matter_does_not_escape_as_another_exception()
    {
        using var tmp = new TempFolder();
        tmp.Write("dup.md", "---\ntitle: a\ntitle: b\n---\nBody one.");
        tmp.Write("scalar.md", "---\njust a scalar\n---\nBody two.");
        tmp.Write("list.md", "---\n- a\n- b\n---\nBody three.");
        tmp.Write("unclosed.md", "---\ntitle: a\nBody four.");
        var c = Corpus.Load(tmp.Path);
        var unclosed = c.Report.Entries.Single(e => e.File.EndsWith("unclosed.md", StringComparison.Ordinal));
        Assert.Equal(LoadStatus.Skipped, unclosed.Status);
        Assert.Equal("front matter opened with '---' on line 1 is never closed by a '---' line", unclosed.Message);
        Assert.All(c.Report.Entries.Where(e => e.Status == LoadStatus.Skipped), e => Assert.Contains("front matter", e.Message));
    }

    [Fact]
    public void Entries_are_ordered_by_file_including_unsupported_ones()
    {
        using var tmp = new TempFolder();
        tmp.Write("b.txt", "Title\n\nText b.");
        tmp.Write("a.pdf", "%PDF");
        tmp.Write("c.txt", "Title\n\nText c.");
        var files = Corpus.Load(tmp.Path).Report.Entries.Where(e => e.DocumentId is null).Select(e => Path.GetFileName(e.File));
        Assert.Equal(["a.pdf", "b.txt", "c.txt"], files);
    }

    [Fact]
    public void Strict_throws_at_the_first_problem_with_file_and_line()
    {
        using var tmp = new TempFolder();
        var path = tmp.Write("feed.jsonl", "{\"id\":\"a\",\"text\":\"One.\"}\n{broken\n{\"id\":\"a\",\"text\":\"Dup.\"}\n");
        var lenient = Corpus.Load(path);
        Assert.Equal(2, lenient.Report.Skipped);
        var e = Assert.Throws<CorpusLoadException>(() => Corpus.Load(path, new CorpusLoadOptions { Strict = true }));
        Assert.Equal(path, e.File);
        Assert.Equal(2, e.Line);
        Assert.StartsWith($"{path}:2: malformed JSON", e.Message);

        var dates = tmp.Write("dates.jsonl", "{\"id\":\"d\",\"date\":\"31/31/2020\",\"text\":\"x\"}\n");
        e = Assert.Throws<CorpusLoadException>(() => Corpus.Load(dates, new CorpusLoadOptions { Strict = true }));
        Assert.Equal($"{dates}:1: document 'd': unparseable date '31/31/2020'", e.Message[..e.Message.IndexOf(" kept", StringComparison.Ordinal)]);
    }

    [Fact]
    public void Invalid_options_are_rejected_before_reading_and_name_valid_values()
    {
        var e = Assert.Throws<ArgumentException>(() => Corpus.Load("does-not-matter", new CorpusLoadOptions { MinRepeatedLineDocuments = 1 }));
        Assert.Contains("MinRepeatedLineDocuments must be an integer >= 2", e.Message);
        e = Assert.Throws<ArgumentException>(() => Corpus.Load("x", new CorpusLoadOptions { TextColumn = " " }));
        Assert.Contains("TextColumn", e.Message);
        e = Assert.Throws<ArgumentException>(() => Corpus.Load("x", new CorpusLoadOptions { MetadataFileName = "dir/meta.csv" }));
        Assert.Contains("plain .csv file name", e.Message);
    }
}
