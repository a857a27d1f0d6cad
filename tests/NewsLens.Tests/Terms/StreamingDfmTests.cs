using NewsLens.Corpora;
using NewsLens.Terms;
using NewsLens.Text;

namespace NewsLens.Tests.Terms;

/// <summary>
/// <see cref="DocumentFeatureMatrix.From(IEnumerable{Document}, TokenizerOptions?, DfmBuildOptions?)"/>
/// (tokenize and count in one pass, no token strings) against the two-stage path it replaces:
/// <c>From(Tokens.From(documents, options))</c>, whose steps are tested on their own elsewhere.
/// </summary>
public class StreamingDfmTests
{
    private static readonly Lazy<Corpus> Sample = new(() => Corpus.Load(SharedData.Repo("data", "s400")));

    public static TheoryData<string> OptionSets => new(Options.Keys);

    private static readonly Dictionary<string, TokenizerOptions> Options = new()
    {
        ["default"] = TokenizerOptions.Default,
        ["terms-cli"] = new() { Stopwords = Stopwords.English, RemoveNumbers = true, MinLength = 2 },
        ["stem"] = new() { Stem = true, Stopwords = Stopwords.English },
        ["as-written"] = new() { Lowercase = false, RemovePunctuation = false, RemoveSymbols = true },
        ["possessive-urls"] = new() { SplitPossessive = true, RemoveUrls = true, MinLength = 3 },
        ["simple"] = new() { Scheme = TokenizerScheme.Simple, Stopwords = Stopwords.English, RemoveNumbers = true, Stem = true },
        ["case-sensitive-stopwords"] = new() { Stopwords = new HashSet<string>(StringComparer.Ordinal) { "The", "of" }, Lowercase = false },
    };

    [Theory]
    [MemberData(nameof(OptionSets))]
    public void Sample_corpus_gives_the_same_matrix_as_tokens_then_counting(string name)
    {
        var options = Options[name];
        var expected = DocumentFeatureMatrix.From(Tokens.From(Sample.Value, options));
        DocumentFeatureMatrixTests.AssertSame(expected, DocumentFeatureMatrix.From(Sample.Value, options));
        DocumentFeatureMatrixTests.AssertSame(expected, DocumentFeatureMatrix.From(Sample.Value, options, new DfmBuildOptions(2, ChunkCharacters: 3000)));
        Assert.True(expected.NFeatures > 100);
    }

    [Fact]
    public void Stemmed_forms_and_case_variants_count_as_one_feature()
    {
        // Worked by hand: "The" is a stopword; Porter2 maps nations/nation/Nations to "nation" and
        // united/unites to "unit"; features are numbered in order of first occurrence.
        var doc = new Document(new DocumentInfo("d1", null, null, null, null, new Dictionary<string, object?>()),
            "Nations united. The nation unites nations", "");
        var dfm = DocumentFeatureMatrix.From([doc], new TokenizerOptions { Stem = true, Stopwords = Stopwords.English });
        Assert.Equal(["nation", "unit"], dfm.Features);
        Assert.Equal(3, dfm[0, "nation"]);
        Assert.Equal(2, dfm[0, "unit"]);
    }

    [Fact]
    public void Random_news_like_texts_agree_with_the_two_stage_path_under_every_option_set()
    {
        string[] pieces =
        [
            "Turkey’s", "S-400", "S-400s", "$900", "million", "U.S.", "Mr.", "https://example.com/a?b=1", "www.bbc.co.uk",
            "a@b.org", "#NATO", "@trpresidency", "The", "the", "THE", "running", "ran", "runs", "😀", "—", "+", "…", ".", ",",
            "“quoted”", "Nations", "nation", "couldn’t", "surface-to-air", "2019", "3.5%", "1,000", "Ankara", "é", "Ünal", "\n\n",
        ];
        var random = new Random(1122);
        for (var trial = 0; trial < 40; trial++)
        {
            var documents = Enumerable.Range(0, random.Next(1, 8)).Select(i => new Document(
                new DocumentInfo($"r{i}", null, null, null, null, new Dictionary<string, object?>()),
                string.Join(' ', Enumerable.Range(0, random.Next(0, 30)).Select(_ => pieces[random.Next(pieces.Length)])), "")).ToList();
            foreach (var (name, options) in Options)
            {
                var expected = DocumentFeatureMatrix.From(Tokens.From(documents, options));
                DocumentFeatureMatrixTests.AssertSame(expected, DocumentFeatureMatrix.From(documents, options));
                DocumentFeatureMatrixTests.AssertSame(expected, DocumentFeatureMatrix.From(documents, options, new DfmBuildOptions(2, ChunkCharacters: random.Next(1, 200))));
            }
        }
    }

    [Fact]
    public void Invalid_options_are_named()
    {
        var e = Assert.Throws<ArgumentException>(() => DocumentFeatureMatrix.From(Sample.Value, new TokenizerOptions { MinLength = 0 }));
        Assert.Contains("MinLength", e.Message);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void Parallel_counting_handles_no_documents_and_reports_failures_as_thrown(int threads)
    {
        var build = new DfmBuildOptions(threads, ChunkCharacters: 500);
        var empty = DocumentFeatureMatrix.From([], TokenizerOptions.Default, build);
        Assert.Equal(0, empty.NDocuments);
        Assert.Equal(0, empty.NFeatures);

        // A null document and a failing source surface as themselves, not wrapped in an AggregateException.
        var withNull = Sample.Value.Take(2).Append(null!).Concat(Sample.Value.Skip(2));
        var e = Assert.Throws<ArgumentNullException>(() => DocumentFeatureMatrix.From(withNull, TokenizerOptions.Default, build));
        Assert.Contains("documents[]", e.Message);
        Assert.Throws<IOException>(() => DocumentFeatureMatrix.From(Failing(), TokenizerOptions.Default, build));

        // More threads than chunks, and many small chunks: still the serial matrix.
        var expected = DocumentFeatureMatrix.From(Sample.Value);
        DocumentFeatureMatrixTests.AssertSame(expected, DocumentFeatureMatrix.From(Sample.Value, TokenizerOptions.Default, new DfmBuildOptions(threads)));
        DocumentFeatureMatrixTests.AssertSame(expected, DocumentFeatureMatrix.From(Sample.Value, TokenizerOptions.Default, build));
    }

    private static IEnumerable<Document> Failing()
    {
        foreach (var d in Sample.Value.Take(3)) yield return d;
        throw new IOException("disk gone");
    }
}
