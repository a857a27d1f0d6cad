namespace NewsLens.Learning;

/// <summary>
/// Deterministic data splits for model selection: k-fold cross-validation and a single hold-out split,
/// optionally stratified so that every part keeps the class proportions. The shuffle is a Fisher–Yates
/// shuffle driven by <see cref="Random"/> seeded with the given seed, so the same seed gives the same folds.
/// </summary>
public static class CrossValidation
{
    /// <summary>
    /// Splits rows 0..n−1 into <paramref name="k"/> folds of near-equal size (sizes differ by at most one;
    /// with stratification, per class). Each row is in exactly one test part.
    /// </summary>
    /// <param name="n">Number of rows (≥ k).</param>
    /// <param name="k">Number of folds (≥ 2).</param>
    /// <param name="seed">Seed of the shuffle.</param>
    /// <param name="stratifyBy">When given (one label per row), each class is dealt round-robin over the folds after shuffling.</param>
    /// <exception cref="ArgumentOutOfRangeException">k &lt; 2 or n &lt; k.</exception>
    /// <exception cref="ArgumentException">The labels are not one per row.</exception>
    public static IReadOnlyList<Fold> KFold(int n, int k, int seed, IReadOnlyList<string>? stratifyBy = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 2);
        if (n < k) throw new ArgumentOutOfRangeException(nameof(n), n, $"Cannot make {k} folds from {n} rows; need at least as many rows as folds.");
        var assignment = new int[n];
        var rng = new Random(seed);
        int next = 0;
        foreach (var group in Groups(n, stratifyBy))
        {
            Shuffle(group, rng);
            foreach (var row in group) assignment[row] = next++ % k;
        }
        var folds = new List<Fold>(k);
        for (int f = 0; f < k; f++)
        {
            var test = new List<int>();
            var train = new List<int>();
            for (int i = 0; i < n; i++) (assignment[i] == f ? test : train).Add(i);
            folds.Add(new Fold(f, train, test));
        }
        return folds;
    }

    /// <summary>
    /// One shuffled split holding out round(<paramref name="testFraction"/>·n) rows (per class when stratified).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="testFraction"/> is not strictly between 0 and 1.</exception>
    public static Fold HoldOut(int n, double testFraction, int seed, IReadOnlyList<string>? stratifyBy = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        if (!(testFraction > 0 && testFraction < 1))
            throw new ArgumentOutOfRangeException(nameof(testFraction), testFraction, "The test fraction must be strictly between 0 and 1, e.g. 0.1.");
        var rng = new Random(seed);
        var isTest = new bool[n];
        foreach (var group in Groups(n, stratifyBy))
        {
            Shuffle(group, rng);
            int take = (int)Math.Round(testFraction * group.Length, MidpointRounding.AwayFromZero);
            for (int t = 0; t < take; t++) isTest[group[t]] = true;
        }
        var test = new List<int>();
        var train = new List<int>();
        for (int i = 0; i < n; i++) (isTest[i] ? test : train).Add(i);
        return new Fold(0, train, test);
    }

    private static IEnumerable<int[]> Groups(int n, IReadOnlyList<string>? labels)
    {
        if (labels is null) return [Enumerable.Range(0, n).ToArray()];
        if (labels.Count != n) throw new ArgumentException($"Stratification needs one label per row: {labels.Count} labels for {n} rows.", nameof(labels));
        return Enumerable.Range(0, n).GroupBy(i => labels[i], StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => g.ToArray()).ToList();
    }

    private static void Shuffle(int[] a, Random rng)
    {
        for (int i = a.Length - 1; i > 0; i--)
        {
            int j = rng.Next(i + 1);
            (a[i], a[j]) = (a[j], a[i]);
        }
    }
}
