using NewsLens.Text;

namespace NewsLens.Tests.Text;

public class StopwordsTests
{
    [Fact]
    public void English_list_is_the_embedded_stopwords_iso_file_and_case_insensitive()
    {
        var file = File.ReadAllLines(SharedData.Repo("src", "NewsLens", "Resources", "stopwords", "stopwords-en.txt"))
            .Where(l => l.Trim().Length > 0).ToArray();
        Assert.Equal(file.Length, Stopwords.English.Count);
        Assert.All(file, w => Assert.Contains(w, Stopwords.English));
        Assert.Contains("THE", Stopwords.English);
        Assert.DoesNotContain("missile", Stopwords.English);
    }

    [Fact]
    public void From_file_skips_comments_and_blank_lines_and_names_a_missing_file()
    {
        var path = Path.Combine(Path.GetTempPath(), $"newslens-stop-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, "# my list\nNATO\n\n  alliance \n");
        try
        {
            var set = Stopwords.FromFile(path);
            Assert.Equal(2, set.Count);
            Assert.Contains("nato", set);
            Assert.Contains("Alliance", set);
        }
        finally { File.Delete(path); }
        var e = Assert.Throws<FileNotFoundException>(() => Stopwords.FromFile(path));
        Assert.Contains(path, e.Message);
    }
}
