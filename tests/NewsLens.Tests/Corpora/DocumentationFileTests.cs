using NewsLens.Corpora;

namespace NewsLens.Tests.Corpora;

public class DocumentationFileTests
{
    [Fact]
    public void Readme_sources_and_licence_files_in_a_folder_are_reported_not_loaded()
    {
        var dir = Directory.CreateTempSubdirectory("newslens-docfiles-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "article.txt"), "A title\n\nTurkey bought the S-400.\n");
            File.WriteAllText(Path.Combine(dir, "README.md"), "# About this folder\n\nFive articles.\n");
            File.WriteAllText(Path.Combine(dir, "SOURCES.md"), "# Sources\n\nCollected in 2020.\n");
            File.WriteAllText(Path.Combine(dir, "README_UNGDC.txt"), "Notes\n\nOn the speeches.\n");
            var corpus = Corpus.Load(dir);
            Assert.Equal(["article"], corpus.Select(d => d.Id));
            var skipped = corpus.Report.Entries.Where(e => e.Status == LoadStatus.Skipped).Select(e => Path.GetFileName(e.File)).Order(StringComparer.Ordinal).ToArray();
            Assert.Equal(["README.md", "README_UNGDC.txt", "SOURCES.md"], skipped);
            Assert.All(corpus.Report.Entries.Where(e => e.Status == LoadStatus.Skipped), e => Assert.Contains("documentation file", e.Message));

            // Named directly, such a file loads like any other.
            Assert.Single(Corpus.Load(Path.Combine(dir, "README.md")));
        }
        finally { Directory.Delete(dir, recursive: true); }
    }
}
