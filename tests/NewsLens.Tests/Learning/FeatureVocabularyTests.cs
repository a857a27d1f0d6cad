using NewsLens.Learning;

namespace NewsLens.Tests.Learning;

public class FeatureVocabularyTests
{
    [Fact]
    public void VectorizeSumsRepeatsAndSortsIndices()
    {
        var v = new FeatureVocabulary();
        var row = v.Vectorize(["b", "a", "b"]);
        Assert.Equal(["b", "a"], v.Names);
        Assert.Equal([0, 1], row.Indices.ToArray());
        Assert.Equal([2.0, 1.0], row.Values.ToArray());
    }

    [Fact]
    public void FrozenVocabularyIgnoresUnknownFeaturesAndRefusesToGrow()
    {
        var v = FeatureVocabulary.FromNames(["x", "y"]);
        var row = v.Vectorize([new KeyValuePair<string, double>("y", 0.5), new("z", 3)]);
        Assert.Equal(1, row.Count);
        Assert.Equal(0.5, row[1]);
        Assert.Throws<InvalidOperationException>(() => v.GetOrAdd("z"));
    }

    [Fact]
    public void BuildKeepsFeaturesSeenInEnoughRows()
    {
        var v = FeatureVocabulary.Build([["a", "a", "b"], ["b", "c"], ["b", "a"]], minCount: 2);
        Assert.Equal(["a", "b"], v.Names); // a: 2 rows (repeat within a row counts once), b: 3, c: 1
    }

    [Fact]
    public void SparseBuilderDropsCancelledValues()
    {
        var vec = SparseVector.FromPairs([(3, 1.0), (1, 2.0), (3, -1.0)]);
        Assert.Equal([1], vec.Indices.ToArray());
        Assert.Equal(2.0 * 4.0, vec.Dot([0, 4, 0, 7]));
        Assert.Throws<ArgumentException>(() => SparseVector.FromPairs([(0, double.NaN)]));
    }
}
