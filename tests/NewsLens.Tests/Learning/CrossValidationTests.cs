using NewsLens.Learning;

namespace NewsLens.Tests.Learning;

public class CrossValidationTests
{
    [Fact]
    public void FoldsPartitionTheRowsWithNearEqualSizes()
    {
        var folds = CrossValidation.KFold(23, 5, seed: 3);
        Assert.Equal(5, folds.Count);
        var allTest = folds.SelectMany(f => f.Test).Order().ToList();
        Assert.Equal(Enumerable.Range(0, 23), allTest);
        Assert.All(folds, f => Assert.InRange(f.Test.Count, 4, 5));
        Assert.All(folds, f => Assert.Empty(f.Train.Intersect(f.Test)));
        Assert.All(folds, f => Assert.Equal(23, f.Train.Count + f.Test.Count));
    }

    [Fact]
    public void SameSeedSameFoldsOtherSeedOtherFolds()
    {
        var a = CrossValidation.KFold(50, 5, seed: 1);
        var b = CrossValidation.KFold(50, 5, seed: 1);
        var c = CrossValidation.KFold(50, 5, seed: 2);
        Assert.Equal(a.Select(f => f.Test), b.Select(f => f.Test));
        Assert.NotEqual(a.Select(f => string.Join(",", f.Test)), c.Select(f => string.Join(",", f.Test)));
    }

    [Fact]
    public void StratifiedFoldsKeepClassProportions()
    {
        var labels = Enumerable.Range(0, 40).Select(i => i < 30 ? "major" : "minor").ToList();
        var folds = CrossValidation.KFold(40, 5, seed: 9, stratifyBy: labels);
        Assert.All(folds, f =>
        {
            Assert.Equal(6, f.Test.Count(i => labels[i] == "major"));
            Assert.Equal(2, f.Test.Count(i => labels[i] == "minor"));
        });
    }

    [Fact]
    public void HoldOutTakesTheRequestedShare()
    {
        var labels = Enumerable.Range(0, 100).Select(i => i % 5 == 0 ? "a" : "b").ToList();
        var split = CrossValidation.HoldOut(100, 0.1, seed: 1, stratifyBy: labels);
        Assert.Equal(10, split.Test.Count);
        Assert.Equal(90, split.Train.Count);
        Assert.Equal(2, split.Test.Count(i => labels[i] == "a")); // 0.1 of the 20 "a" rows
        var odd = CrossValidation.HoldOut(25, 0.1, seed: 1);
        Assert.Equal(3, odd.Test.Count); // round(2.5) away from zero
        Assert.Throws<ArgumentOutOfRangeException>(() => CrossValidation.HoldOut(10, 1.0, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => CrossValidation.KFold(3, 5, 1));
    }
}
