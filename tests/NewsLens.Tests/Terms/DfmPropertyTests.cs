using NewsLens.Terms;
using NewsLens.Text;
using static NewsLens.Tests.Terms.TermsTestData;

namespace NewsLens.Tests.Terms;

/// <summary>Invariants checked on many random corpora drawn from a fixed seed.</summary>
public class DfmPropertyTests
{
    [Fact]
    public void Invariants_hold_on_random_corpora()
    {
        var random = new Random(20261122);
        for (var trial = 0; trial < 60; trial++)
        {
            var tokens = RandomCorpus(random);
            var serial = DocumentFeatureMatrix.From(tokens);

            // Parallel counting with any chunking gives the same matrix.
            var options = new DfmBuildOptions(random.Next(2, 5), random.Next(1, 6));
            DocumentFeatureMatrixTests.AssertSame(serial, DocumentFeatureMatrix.Build(tokens, options));

            // Row sums are the documents' token counts; column sums add up to all tokens.
            Assert.Equal(tokens.Select(d => (double)d.Tokens.Count), serial.DocumentTotals);
            Assert.Equal(tokens.TokenCount, serial.FeatureCounts.Sum());

            // Each cell is the number of times the token occurs in the document.
            var i = random.Next(tokens.Count);
            foreach (var f in serial.Features)
                Assert.Equal(tokens[i].Tokens.Count(t => t.Text == f), serial[i, f]);

            // Grouping by id (every document its own group) keeps every count.
            var grouped = serial.Group("id");
            foreach (var entry in serial.ToLong())
                Assert.Equal(entry.Value, grouped[grouped.Documents.ToList().FindIndex(d => d.Id == entry.Document), entry.Feature]);

            // L2-normalised tf-idf rows have unit length (empty rows stay empty).
            var tfidf = serial.Weight(WeightScheme.TfIdf());
            for (var r = 0; r < tfidf.NDocuments; r++)
            {
                var norm = Math.Sqrt(tfidf.Row(r).Sum(c => c.Value * c.Value));
                Assert.True(tokens[r].Tokens.Count == 0 ? norm == 0 : Math.Abs(norm - 1) < 1e-12);
            }

            // Trim to counts of at least 2 keeps exactly those features, in order.
            Assert.Equal(serial.Features.Where((_, j) => serial.FeatureCounts[j] >= 2), serial.Trim(minCount: 2).Features);
        }
    }

    private static Tokens RandomCorpus(Random random)
    {
        var documents = random.Next(1, 15);
        return new Tokens(Enumerable.Range(0, documents).Select(i =>
            Doc($"r{i}", string.Join(' ', Enumerable.Range(0, random.Next(0, 12)).Select(_ => "w" + random.Next(0, 20))))));
    }
}
