using NewsLens.Corpora;

namespace NewsLens.Topics;

/// <summary>One term's change in frequency between two periods.</summary>
/// <param name="Term">The term.</param>
/// <param name="CountBefore">Occurrences in the first period.</param>
/// <param name="CountAfter">Occurrences in the second period.</param>
/// <param name="PerMillionBefore">Occurrences per million tokens in the first period.</param>
/// <param name="PerMillionAfter">Occurrences per million tokens in the second period.</param>
/// <param name="LogRatio">
/// log2 of the ratio of relative frequencies, after over before (Hardie's Log Ratio, 2014), a zero count
/// replaced by 0.5: positive for emerging terms, negative for fading ones; +1 means twice as frequent.
/// </param>
/// <param name="G2">
/// Log-likelihood G² of the 2×2 table (term vs other tokens × period; Dunning 1993): 2 Σ O ln(O/E). With one
/// degree of freedom, G² ≥ 3.84 means p &lt; 0.05, 6.63 p &lt; 0.01, 10.83 p &lt; 0.001.
/// </param>
public sealed record TermChange(string Term, long CountBefore, long CountAfter, double PerMillionBefore, double PerMillionAfter, double LogRatio, double G2)
{
    /// <summary>True when the term is relatively more frequent after than before.</summary>
    public bool Emerging => LogRatio > 0;
}

/// <summary>Emerging and fading terms between two periods, with what they were computed from.</summary>
/// <param name="Terms">Terms meeting the minimum count, by descending G², then term.</param>
/// <param name="DocumentsBefore">Documents in the first period.</param>
/// <param name="DocumentsAfter">Documents in the second period.</param>
/// <param name="TokensBefore">Tokens in the first period.</param>
/// <param name="TokensAfter">Tokens in the second period.</param>
/// <param name="UndatedDocuments">Documents without a date, in neither period (never silently dropped: counted here).</param>
/// <param name="OtherDocuments">Dated documents that fall in neither period.</param>
public sealed record TermComparison(IReadOnlyList<TermChange> Terms, int DocumentsBefore, int DocumentsAfter, long TokensBefore, long TokensAfter,
    int UndatedDocuments, int OtherDocuments)
{
    /// <summary>Terms more frequent after, by descending G².</summary>
    public IEnumerable<TermChange> Emerging => Terms.Where(t => t.Emerging);

    /// <summary>Terms less frequent after, by descending G².</summary>
    public IEnumerable<TermChange> Fading => Terms.Where(t => t.LogRatio < 0);
}

/// <summary>Divergences between distributions, and term changes between periods.</summary>
public static class Drift
{
    /// <summary>
    /// Jensen-Shannon divergence with base-2 logarithms, in [0, 1]: ½ KL(p‖m) + ½ KL(q‖m), m = ½(p + q)
    /// (Lin, IEEE Trans. Inf. Theory 1991). Both inputs are normalised to sum 1 first; they must have the same
    /// length, no negative entries and a positive sum.
    /// </summary>
    public static double JensenShannon(IReadOnlyList<double> p, IReadOnlyList<double> q)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(q);
        if (p.Count != q.Count)
            throw new ArgumentException($"JensenShannon: the distributions have different lengths ({p.Count} and {q.Count}).");
        double sp = CheckedSum(p, nameof(p)), sq = CheckedSum(q, nameof(q));
        double js = 0;
        for (int i = 0; i < p.Count; i++)
        {
            double a = p[i] / sp, b = q[i] / sq, m = 0.5 * (a + b);
            if (a > 0) js += 0.5 * a * Math.Log2(a / m);
            if (b > 0) js += 0.5 * b * Math.Log2(b / m);
        }
        return Math.Clamp(js, 0, 1);
    }

    private static double CheckedSum(IReadOnlyList<double> x, string name)
    {
        double s = 0;
        for (int i = 0; i < x.Count; i++)
        {
            if (!(x[i] >= 0) || double.IsInfinity(x[i]))
                throw new ArgumentException($"JensenShannon: {name}[{i}] is {x[i]}; entries must be finite and not negative.", name);
            s += x[i];
        }
        if (s <= 0) throw new ArgumentException($"JensenShannon: {name} sums to 0; it is not a distribution.", name);
        return s;
    }

    /// <summary>
    /// Emerging and fading terms between the documents dated in [<paramref name="beforeStart"/>, <paramref name="beforeEnd"/>)
    /// and those in [<paramref name="afterStart"/>, <paramref name="afterEnd"/>). Undated documents are counted in the result.
    /// </summary>
    public static TermComparison CompareTerms(TopicCorpus corpus, DateTime beforeStart, DateTime beforeEnd, DateTime afterStart, DateTime afterEnd, int minCount = 5)
    {
        if (beforeEnd <= beforeStart || afterEnd <= afterStart)
            throw new ArgumentException("CompareTerms: each period must end after it starts.");
        return CompareTerms(corpus,
            info => info.Date >= beforeStart && info.Date < beforeEnd,
            info => info.Date >= afterStart && info.Date < afterEnd,
            minCount);
    }

    /// <summary>
    /// Emerging and fading terms between the documents selected by <paramref name="before"/> and by
    /// <paramref name="after"/> (a document selected by both counts in both). Terms with fewer than
    /// <paramref name="minCount"/> occurrences in the two periods together are left out.
    /// </summary>
    public static TermComparison CompareTerms(TopicCorpus corpus, Func<DocumentInfo, bool> before, Func<DocumentInfo, bool> after, int minCount = 5)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        if (minCount < 1)
            throw new ArgumentOutOfRangeException(nameof(minCount), minCount, "minCount must be at least 1.");
        var a = new long[corpus.VocabularySize];
        var b = new long[corpus.VocabularySize];
        int docsA = 0, docsB = 0, undated = 0, other = 0;
        long tokA = 0, tokB = 0;
        for (int d = 0; d < corpus.DocumentCount; d++)
        {
            var info = corpus.Infos[d];
            bool inA = before(info), inB = after(info);
            if (!inA && !inB)
            {
                if (info.Date is null) undated++; else other++;
                continue;
            }
            var tokens = corpus.Tokens(d);
            if (inA) { docsA++; tokA += tokens.Length; foreach (int w in tokens) a[w]++; }
            if (inB) { docsB++; tokB += tokens.Length; foreach (int w in tokens) b[w]++; }
        }
        if (tokA == 0 || tokB == 0)
            throw new ArgumentException(
                $"CompareTerms: the first period has {tokA} tokens in {docsA} documents and the second {tokB} in {docsB}; both need tokens ({undated} documents have no date).");
        var terms = new List<TermChange>();
        for (int w = 0; w < corpus.VocabularySize; w++)
        {
            if (a[w] + b[w] < minCount) continue;
            terms.Add(new TermChange(corpus.Vocabulary[w], a[w], b[w], a[w] * 1e6 / tokA, b[w] * 1e6 / tokB,
                LogRatio(a[w], tokA, b[w], tokB), G2(a[w], tokA, b[w], tokB)));
        }
        var sorted = terms.OrderByDescending(t => t.G2).ThenBy(t => t.Term, StringComparer.Ordinal).ToArray();
        return new TermComparison(sorted, docsA, docsB, tokA, tokB, undated, other);
    }

    /// <summary>log2((b/tokB) / (a/tokA)) with zero counts replaced by 0.5.</summary>
    internal static double LogRatio(long a, long tokA, long b, long tokB) =>
        Math.Log2((Math.Max(b, 0.5) / tokB) / (Math.Max(a, 0.5) / tokA));

    /// <summary>G² = 2 Σ O ln(O/E) over the 2×2 table [a, tokA − a; b, tokB − b], 0·ln 0 = 0.</summary>
    internal static double G2(long a, long tokA, long b, long tokB)
    {
        double n = tokA + tokB, term = a + b, rest = n - term;
        double g = Cell(a, tokA * term / n) + Cell(tokA - a, tokA * rest / n)
                 + Cell(b, tokB * term / n) + Cell(tokB - b, tokB * rest / n);
        return Math.Max(0, 2 * g);

        static double Cell(double observed, double expected) => observed > 0 ? observed * Math.Log(observed / expected) : 0;
    }
}
