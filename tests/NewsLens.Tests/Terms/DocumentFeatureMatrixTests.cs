using NewsLens.Corpora;
using NewsLens.Terms;
using NewsLens.Text;
using static NewsLens.Tests.Terms.TermsTestData;

namespace NewsLens.Tests.Terms;

public class DocumentFeatureMatrixTests
{
    [Fact]
    public void Features_are_numbered_in_order_of_first_occurrence()
    {
        var dfm = DocumentFeatureMatrix.From(Tokens("b a b", "c a", "", "d b"));
        Assert.Equal(["b", "a", "c", "d"], dfm.Features);
        Assert.Equal(4, dfm.NDocuments);
        Assert.Equal(2, dfm[0, "b"]);
        Assert.Equal(1, dfm[0, 1]);
        Assert.Equal(0, dfm[0, "c"]);
        Assert.Equal(0, dfm[1, "missing"]);
        Assert.Empty(dfm.Row(2));
        Assert.Equal([new DfmCell(1, 1), new DfmCell(2, 1)], dfm.Row(1));
        Assert.Equal([3.0, 2, 1, 1], dfm.FeatureCounts);
        Assert.Equal([2, 2, 1, 1], dfm.DocumentFrequency);
        Assert.Equal([3.0, 2, 0, 2], dfm.DocumentTotals);
        Assert.Equal(["d1", "d2", "d3", "d4"], dfm.Documents.Select(d => d.Id));
    }

    [Fact]
    public void Counts_match_scikit_learn_CountVectorizer()
    {
        var dfm = DocumentFeatureMatrix.From(FixtureDocs());
        var counts = Json("tfidf.json").GetProperty("counts").EnumerateArray()
            .Select(e => (Doc: e[0].GetInt32(), Feature: e[1].GetString()!, Value: e[2].GetDouble())).ToList();
        Assert.Equal(counts.Select(c => c.Feature).Distinct().Count(), dfm.NFeatures);
        Assert.Equal(counts.Count, dfm.NonZeroCount);
        foreach (var (doc, feature, value) in counts)
            Assert.Equal(value, dfm[doc, feature]);
    }

    [Fact]
    public void Parallel_and_streaming_builds_equal_the_serial_one()
    {
        var tokens = SyntheticCorpus(300, seed: 7);
        var serial = DocumentFeatureMatrix.From(tokens);
        foreach (var (degree, chunk) in new[] { (2, 1), (2, 7), (3, 64), (4, 1000) })
        {
            var parallel = DocumentFeatureMatrix.Build(tokens, new DfmBuildOptions(degree, chunk));
            AssertSame(serial, parallel);
        }
        var raw = DocumentFeatureMatrix.Build(
            tokens.Select(d => (d.Info, d.Tokens.Select(t => t.Text))), new DfmBuildOptions(2, 5));
        AssertSame(serial, raw);

        var builder = new DfmBuilder();
        foreach (var d in tokens.Take(10)) builder.Add(d);
        var first = builder.ToMatrix();
        foreach (var d in tokens.Skip(10)) builder.Add(d);
        AssertSame(serial, builder.ToMatrix());
        Assert.Equal(10, first.NDocuments);
        Assert.Equal(300, builder.NDocuments);
    }

    [Fact]
    public void Parallel_build_reports_a_failing_document()
    {
        IEnumerable<string> Bad() { yield return "a"; throw new InvalidDataException("broken file x.txt"); }
        var docs = Enumerable.Range(0, 20).Select(i =>
            (Info(i), i == 13 ? Bad() : (IEnumerable<string>)["a", "b"]));
        var e = Assert.Throws<InvalidDataException>(() => DocumentFeatureMatrix.Build(docs, new DfmBuildOptions(2, 3)));
        Assert.Contains("x.txt", e.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => DocumentFeatureMatrix.Build(docs, new DfmBuildOptions(0)));
    }

    [Fact]
    public void A_document_that_fails_to_read_leaves_the_builder_unchanged()
    {
        IEnumerable<string> Failing() { yield return "new1"; yield return "a"; throw new IOException("disk"); }
        var builder = new DfmBuilder();
        builder.Add(Info(0), ["a", "b"]);
        Assert.Throws<IOException>(() => builder.Add(Info(1), Failing()));
        builder.Add(Info(2), ["b", "c"]);
        var dfm = builder.ToMatrix();
        Assert.Equal(["a", "b", "c"], dfm.Features);
        Assert.Equal(["doc0", "doc2"], dfm.Documents.Select(d => d.Id));
        Assert.Equal([new DfmCell(1, 1), new DfmCell(2, 1)], dfm.Row(1));
    }

    [Fact]
    public void Trim_keeps_features_within_count_and_document_frequency_bounds()
    {
        // counts: a 4 (df 3), b 1 (df 1), c 3 (df 2), d 2 (df 1)
        var dfm = DocumentFeatureMatrix.From(Tokens("a b c", "a c c", "a a d d"));
        Assert.Equal(["a", "c", "d"], dfm.Trim(minCount: 2).Features);
        Assert.Equal(["b", "c", "d"], dfm.Trim(maxCount: 3).Features);
        Assert.Equal(["a", "c"], dfm.Trim(minDocFreq: 2).Features);
        Assert.Equal(["b", "d"], dfm.Trim(new TrimOptions(MaxDocFreq: 0.5, DocFreqUnit: DocFreqUnit.Proportion)).Features);
        var trimmed = dfm.Trim(minCount: 3);
        Assert.Equal(3, trimmed.NDocuments);
        Assert.Equal(2, trimmed[1, "c"]);
        Assert.Equal(2, trimmed[2, "a"]);
    }

    [Fact]
    public void Trim_options_are_validated_up_front()
    {
        var dfm = DocumentFeatureMatrix.From(Tokens("a b"));
        Assert.Contains("MinCount (5) is larger than MaxCount (2)",
            Assert.Throws<ArgumentException>(() => dfm.Trim(minCount: 5, maxCount: 2)).Message);
        Assert.Contains("must lie in [0, 1]",
            Assert.Throws<ArgumentException>(() => dfm.Trim(new TrimOptions(MinDocFreq: 2, DocFreqUnit: DocFreqUnit.Proportion))).Message);
        Assert.Contains("whole number",
            Assert.Throws<ArgumentException>(() => dfm.Trim(new TrimOptions(MinDocFreq: 0.5))).Message);
        Assert.Throws<ArgumentException>(() => dfm.Trim(new TrimOptions(MinCount: -1)));
    }

    [Fact]
    public void Select_Remove_and_TopFeatures()
    {
        var dfm = DocumentFeatureMatrix.From(Tokens("a b c c", "c d d d a"));
        Assert.Equal(["a", "d"], dfm.Select(["d", "a", "zzz"]).Features);
        Assert.Equal(["a", "c"], dfm.Select(["A", "C"], ignoreCase: true).Features);
        Assert.Equal(["b", "c"], dfm.Remove(["a", "d"]).Features);
        var top = dfm.TopFeatures(2);
        Assert.Equal(["c", "d"], top.Features); // c 3, d 3 (tie: column order), a 2, b 1
        Assert.Equal(2, top[0, "c"]);
        Assert.Equal(3, top[1, "d"]);
        Assert.Equal(0, top[0, "d"]);
        Assert.Equal([new DfmCell(0, 1), new DfmCell(1, 3)], top.Row(1));
        Assert.Equal(4, dfm.TopFeatures(10).NFeatures);
    }

    [Fact]
    public void Group_sums_rows_by_a_metadata_field()
    {
        var tokens = new Tokens([
            Doc("x1", "a b", outlet: "Zeit", date: new DateTime(2019, 4, 3)),
            Doc("x2", "a a c", outlet: "Express", date: new DateTime(2019, 5, 1)),
            Doc("x3", "b", outlet: "Zeit", date: new DateTime(2019, 4, 20)),
            Doc("x4", "c", outlet: null, date: new DateTime(2019, 4, 21)),
        ]);
        var dfm = DocumentFeatureMatrix.From(tokens);
        var byOutlet = dfm.Group("outlet");
        Assert.Equal(["Express", "Zeit"], byOutlet.Documents.Select(d => d.Id));
        Assert.Equal("Zeit", byOutlet.Documents[1].Outlet);
        Assert.Equal(2L, byOutlet.Documents[1].Metadata["n_documents"]);
        Assert.Equal(1, byOutlet[1, "a"]);
        Assert.Equal(2, byOutlet[1, "b"]);
        Assert.Equal(2, byOutlet[0, "a"]);
        Assert.Equal(0, byOutlet[1, "c"]); // x4 has no outlet and is left out

        var byMonth = dfm.Group("month");
        Assert.Equal(["2019-04", "2019-05"], byMonth.Documents.Select(d => d.Id));
        Assert.Equal(1, byMonth[0, "c"]);
        Assert.Equal(2, byMonth[0, "b"]);

        var e = Assert.Throws<ArgumentException>(() => dfm.Group("section"));
        Assert.Contains("'section'", e.Message);
        Assert.Contains("outlet", e.Message);
        Assert.Contains("month", e.Message);
    }

    [Fact]
    public void Group_by_a_custom_metadata_key()
    {
        var tokens = new Tokens([
            Doc("x1", "a", metadata: new Dictionary<string, object?> { ["Section"] = "World" }),
            Doc("x2", "b", metadata: new Dictionary<string, object?> { ["Section"] = "Sport" }),
            Doc("x3", "a", metadata: new Dictionary<string, object?> { ["Section"] = "World" }),
        ]);
        var grouped = DocumentFeatureMatrix.From(tokens).Group("section");
        Assert.Equal(["Sport", "World"], grouped.Documents.Select(d => d.Id));
        Assert.Equal(2, grouped[1, "a"]);
        Assert.Equal("World", grouped.Documents[1].GetField("section"));
    }

    [Fact]
    public void Constructor_rejects_inconsistent_arrays()
    {
        var docs = new[] { Info(0) };
        Assert.Throws<ArgumentException>(() => new DocumentFeatureMatrix(docs, ["a", "b"], [0, 2], [1, 0], [1.0, 1.0]));
        Assert.Throws<ArgumentException>(() => new DocumentFeatureMatrix(docs, ["a", "a"], [0, 1], [0], [1.0]));
        Assert.Throws<ArgumentException>(() => new DocumentFeatureMatrix(docs, ["a"], [0, 1], [3], [1.0]));
        var ok = new DocumentFeatureMatrix(docs, ["a", "b"], [0, 2], [0, 1], [0.0, 2.0]);
        Assert.Equal(1, ok.NonZeroCount);
        Assert.Equal(2, ok[0, 1]);
    }

    internal static DocumentInfo Info(int i) =>
        new($"doc{i}", null, null, null, null, new Dictionary<string, object?>());

    private static Tokens SyntheticCorpus(int documents, int seed)
    {
        var random = new Random(seed);
        var words = Enumerable.Range(0, 400).Select(i => $"w{i}").ToArray();
        return new Tokens(Enumerable.Range(0, documents).Select(i =>
        {
            var length = random.Next(0, 40);
            // Zipf-like: low indices far more frequent, new words keep appearing late.
            var text = string.Join(' ', Enumerable.Range(0, length).Select(_ => words[(int)(words.Length * Math.Pow(random.NextDouble(), 3))]));
            return Doc($"s{i}", text);
        }));
    }

    internal static void AssertSame(DocumentFeatureMatrix expected, DocumentFeatureMatrix actual)
    {
        Assert.Equal(expected.Features, actual.Features);
        Assert.Equal(expected.Documents.Select(d => d.Id), actual.Documents.Select(d => d.Id));
        Assert.Equal(expected.RowPtr.ToArray(), actual.RowPtr.ToArray());
        Assert.Equal(expected.ColumnIndices.ToArray(), actual.ColumnIndices.ToArray());
        Assert.Equal(expected.Values.ToArray(), actual.Values.ToArray());
    }
}
