using System.Numerics;
using NewsLens.Text;

namespace NewsLens.Terms;

/// <summary>
/// Collocations: sequences of 2 or 3 adjacent tokens that occur together more than chance
/// (quanteda's <c>textstat_collocations</c>, NLTK's collocation finders). Sequences never cross a
/// document boundary and, unless <see cref="CollocationOptions.CrossPunctuation"/>, never a
/// punctuation token.
/// </summary>
/// <remarks>
/// <para>Pmi, TScore and G2 follow NLTK 3.8 (nltk.metrics.association, after Manning &amp; Schütze,
/// Foundations of Statistical NLP, 5.3-5.4), with NLTK's marginals: for a bigram (w1 w2),
/// n_ii = its count, n_ix and n_xi = the unigram counts of w1 and w2, n_xx = N, the number of
/// tokens; for a trigram, n_iii, the counts of the pairs (w1 w2), (w1 _ w3) and (w2 w3), the
/// unigram counts, and N. Pmi = log2(n_ii N^(n-1)) - log2(prod of unigram counts);
/// TScore = (n_ii - prod / N^(n-1)) / sqrt(n_ii); G2 = 2 sum O ln(O / E) over NLTK's 2^n contingency
/// table, E = product of the cell's one-way marginals / N^(n-1).</para>
/// <para>Lambda and Z follow Blaheta &amp; Johnson (2001), "Unsupervised learning of multi-word verbs",
/// ACL workshop on collocations, as quanteda reports them: the 2^n table counts the n-gram
/// positions of the corpus by which of their tokens match the collocation's (for bigrams,
/// [[n(w1 w2), n(w1 ¬w2)], [n(¬w1 w2), n(¬w1 ¬w2)]]), 0.5 is added to every cell, lambda =
/// sum over cells of (-1)^(number of non-matching positions) ln(cell) (the log odds ratio for
/// bigrams, the n-way interaction of a saturated log-linear model in general), and
/// Z = lambda / sqrt(sum 1 / cell).</para>
/// </remarks>
public static class Collocations
{
    /// <summary>Scores every sequence of <see cref="CollocationOptions.Size"/> adjacent tokens occurring at least <see cref="CollocationOptions.MinCount"/> times.</summary>
    public static CollocationTable Compute(Tokens tokens, CollocationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        options ??= new CollocationOptions();
        options.Validate();
        var n = options.Size;
        var counts = new Counts(n);
        foreach (var segment in Segments(tokens, options.CrossPunctuation, counts.Vocabulary))
            counts.Add(segment);

        var rows = new List<CollocationRow>();
        foreach (var gram in counts.Order)
        {
            var count = counts.Patterns[Key(gram, (1 << n) - 1, n)];
            if (count < options.MinCount) continue;
            rows.Add(Score(gram, count, counts));
        }
        Func<CollocationRow, double> key = options.SortBy switch
        {
            CollocationSort.Count => r => r.Count,
            CollocationSort.Pmi => r => r.Pmi,
            CollocationSort.G2 => r => r.G2,
            CollocationSort.TScore => r => r.TScore,
            CollocationSort.Lambda => r => r.Lambda,
            _ => r => r.Z,
        };
        return new CollocationTable(rows.OrderByDescending(key), options.SortBy);
    }

    private static CollocationRow Score(int[] gram, int count, Counts c)
    {
        var n = gram.Length;
        double total = c.TokenCount;
        double unigramProduct = 1;
        foreach (var w in gram) unigramProduct *= c.Unigrams[w];
        var nPow = Math.Pow(total, n - 1);
        var pmi = Math.Log2(count * nPow) - Math.Log2(unigramProduct);
        var tScore = (count - unigramProduct / nPow) / Math.Sqrt(count);
        var g2 = LikelihoodRatio(NltkContingency(gram, count, c));
        var (lambda, z) = LogLinearInteraction(PositionTable(gram, c));
        var text = string.Join(' ', gram.Select(w => c.Words[w]));
        return new CollocationRow(text, count, pmi, tScore, g2, lambda, z);
    }

    /// <summary>
    /// NLTK's contingency table from its marginals, cells indexed by a bit mask whose bit j is set
    /// when position j does not hold the collocation's word (NLTK's cell order).
    /// </summary>
    private static double[] NltkContingency(int[] gram, int count, Counts c)
    {
        double total = c.TokenCount;
        if (gram.Length == 2)
        {
            double nix = c.Unigrams[gram[0]], nxi = c.Unigrams[gram[1]];
            double noi = nxi - count, nio = nix - count;
            return [count, noi, nio, total - count - noi - nio];
        }
        // NLTK TrigramAssocMeasures._contingency, positions (w1, w2, w3) = bits (1, 2, 4).
        double iii = count;
        double iix = c.Pairs.GetValueOrDefault((gram[0], gram[1]));
        double ixi = c.GapPairs.GetValueOrDefault((gram[0], gram[2]));
        double xii = c.Pairs.GetValueOrDefault((gram[1], gram[2]));
        double ixx = c.Unigrams[gram[0]], xix = c.Unigrams[gram[1]], xxi = c.Unigrams[gram[2]];
        var oii = xii - iii;
        var ioi = ixi - iii;
        var iio = iix - iii;
        var ooi = xxi - iii - oii - ioi;
        var oio = xix - iii - oii - iio;
        var ioo = ixx - iii - ioi - iio;
        var ooo = total - iii - oii - ioi - iio - ooi - oio - ioo;
        return [iii, oii, ioi, ooi, iio, oio, ioo, ooo];
    }

    /// <summary>2 sum O ln(O/E), E_i = prod over positions j of (sum of cells agreeing with i on j) / N^(n-1).</summary>
    private static double LikelihoodRatio(double[] cells)
    {
        var n = BitOperations.Log2((uint)cells.Length);
        var total = cells.Sum();
        double sum = 0;
        for (var i = 0; i < cells.Length; i++)
        {
            if (cells[i] == 0) continue;
            double expected = 1;
            for (var j = 0; j < n; j++)
            {
                var bit = 1 << j;
                double marginal = 0;
                for (var x = 0; x < cells.Length; x++)
                    if ((x & bit) == (i & bit)) marginal += cells[x];
                expected *= marginal;
            }
            expected /= Math.Pow(total, n - 1);
            sum += cells[i] * Math.Log(cells[i] / expected);
        }
        return 2 * sum;
    }

    /// <summary>
    /// The 2^n table over n-gram positions, indexed by a mask whose bit j is set when position j
    /// matches, by inclusion-exclusion from the counts of positions matching each subset of words.
    /// </summary>
    private static double[] PositionTable(int[] gram, Counts c)
    {
        var n = gram.Length;
        var size = 1 << n;
        var matching = new double[size]; // positions whose words match at least on the mask
        matching[0] = c.Positions;
        for (var mask = 1; mask < size; mask++) matching[mask] = c.Patterns[Key(gram, mask, n)];
        var cells = new double[size];
        for (var t = 0; t < size; t++)
            for (var s = 0; s < size; s++)
                if ((s & t) == t)
                    cells[t] += (BitOperations.PopCount((uint)(s & ~t)) % 2 == 0 ? 1 : -1) * matching[s];
        return cells;
    }

    /// <summary>Blaheta &amp; Johnson's lambda and z with 0.5 added to each cell (cells indexed by matching positions).</summary>
    internal static (double Lambda, double Z) LogLinearInteraction(IReadOnlyList<double> cells)
    {
        var n = BitOperations.Log2((uint)cells.Count);
        double lambda = 0, variance = 0;
        for (var t = 0; t < cells.Count; t++)
        {
            var cell = cells[t] + 0.5;
            var sign = (n - BitOperations.PopCount((uint)t)) % 2 == 0 ? 1 : -1;
            lambda += sign * Math.Log(cell);
            variance += 1 / cell;
        }
        return (lambda, lambda / Math.Sqrt(variance));
    }

    private static (int, int, int) Key(int[] gram, int mask, int n) =>
        ((mask & 1) != 0 ? gram[0] : -1,
         (mask & 2) != 0 ? gram[1] : -1,
         n < 3 ? -2 : (mask & 4) != 0 ? gram[2] : -1);

    private static IEnumerable<int[]> Segments(Tokens tokens, bool crossPunctuation, Dictionary<string, int> vocabulary)
    {
        var current = new List<int>();
        foreach (var document in tokens)
        {
            foreach (var token in document.Tokens)
            {
                if (!crossPunctuation && token.Kind == TokenKind.Punctuation)
                {
                    if (current.Count > 0) yield return current.ToArray();
                    current.Clear();
                    continue;
                }
                if (!vocabulary.TryGetValue(token.Text, out var id))
                {
                    id = vocabulary.Count;
                    vocabulary.Add(token.Text, id);
                }
                current.Add(id);
            }
            if (current.Count > 0) yield return current.ToArray();
            current.Clear();
        }
    }

    /// <summary>Everything counted in one pass over the segments.</summary>
    private sealed class Counts(int size)
    {
        public Dictionary<string, int> Vocabulary { get; } = new(StringComparer.Ordinal);
        public List<int> Unigrams { get; } = new();
        public long TokenCount { get; private set; }
        public long Positions { get; private set; }
        public Dictionary<(int, int), int> Pairs { get; } = new();
        public Dictionary<(int, int), int> GapPairs { get; } = new();
        /// <summary>n-gram positions matching each partial pattern (wildcard -1).</summary>
        public Dictionary<(int, int, int), int> Patterns { get; } = new();
        /// <summary>n-gram types in order of first occurrence.</summary>
        public List<int[]> Order { get; } = new();

        private string[]? _words;
        public string[] Words => _words ??= Vocabulary.OrderBy(p => p.Value).Select(p => p.Key).ToArray();

        public void Add(int[] segment)
        {
            foreach (var w in segment)
            {
                while (Unigrams.Count <= w) Unigrams.Add(0);
                Unigrams[w]++;
            }
            TokenCount += segment.Length;
            if (size == 3)
            {
                for (var p = 0; p + 1 < segment.Length; p++) Increment(Pairs, (segment[p], segment[p + 1]));
                for (var p = 0; p + 2 < segment.Length; p++) Increment(GapPairs, (segment[p], segment[p + 2]));
            }
            var full = (1 << size) - 1;
            for (var p = 0; p + size <= segment.Length; p++)
            {
                var gram = segment.AsSpan(p, size).ToArray();
                Positions++;
                for (var mask = 1; mask <= full; mask++)
                {
                    var isNew = Increment(Patterns, Key(gram, mask, size));
                    if (mask == full && isNew) Order.Add(gram);
                }
            }
        }

        private static bool Increment<TKey>(Dictionary<TKey, int> counts, TKey key) where TKey : notnull
        {
            ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(counts, key, out var existed);
            slot++;
            return !existed;
        }
    }
}
