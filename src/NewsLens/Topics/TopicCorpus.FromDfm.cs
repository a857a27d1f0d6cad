using NewsLens.Terms;

namespace NewsLens.Topics;

public sealed partial class TopicCorpus
{
    /// <summary>
    /// Builds a corpus from a document-feature matrix of counts (corpus → tokens → dfm → trim → topics, as with
    /// quanteda and stm): the vocabulary is the matrix's features in column order, each document's bag of words is
    /// its row, and each document keeps its <see cref="Corpora.DocumentInfo"/>. Text order is lost (see
    /// <see cref="FromCounts"/>), so sliding-window coherence (NPMI, C_v) on this corpus sees the counts in column
    /// order; compute those on a corpus built from the token lists instead (as <see cref="TopicAnalysis"/> does).
    /// </summary>
    /// <param name="dfm">A matrix of raw counts (<see cref="DocumentFeatureMatrix.IsCounts"/>): a weighted matrix is refused.</param>
    /// <exception cref="ArgumentException">When the matrix is weighted or holds a value that is not a whole count.</exception>
    public static TopicCorpus FromDfm(DocumentFeatureMatrix dfm)
    {
        ArgumentNullException.ThrowIfNull(dfm);
        if (!dfm.IsCounts)
            throw new ArgumentException(
                $"TopicCorpus.FromDfm: the matrix is weighted ({dfm.Scheme.Kind}); topic models need raw term counts. Build the topic corpus from the count matrix before weighting it.",
                nameof(dfm));
        var bags = new List<IEnumerable<(int WordId, int Count)>>(dfm.NDocuments);
        for (int d = 0; d < dfm.NDocuments; d++)
        {
            var bag = new List<(int, int)>();
            foreach (var cell in dfm.Row(d))
            {
                if (cell.Value < 0 || cell.Value != Math.Floor(cell.Value) || cell.Value > int.MaxValue)
                    throw new ArgumentException(
                        $"TopicCorpus.FromDfm: document {d} ('{dfm.Documents[d].Id}') has {cell.Value} for feature '{dfm.Features[cell.Feature]}'; counts must be whole numbers, 0 or more.",
                        nameof(dfm));
                bag.Add((cell.Feature, (int)cell.Value));
            }
            bags.Add(bag);
        }
        return FromCounts(dfm.Features, bags, dfm.Documents);
    }
}
