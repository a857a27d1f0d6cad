namespace NewsLens.Topics;

/// <summary>A compressed sparse row matrix (documents × terms) for NMF.</summary>
internal sealed class SparseRowMatrix
{
    public readonly int Rows;
    public readonly int Columns;
    public readonly int[] RowStart;
    public readonly int[] ColumnIndex;
    public readonly double[] Values;

    public SparseRowMatrix(int rows, int columns, int[] rowStart, int[] columnIndex, double[] values)
    {
        Rows = rows;
        Columns = columns;
        RowStart = rowStart;
        ColumnIndex = columnIndex;
        Values = values;
    }

    /// <summary>The document-term matrix of <paramref name="corpus"/>, counts or tf-idf weighted.</summary>
    public static SparseRowMatrix FromCorpus(TopicCorpus corpus, NmfWeighting weighting)
    {
        int d = corpus.DocumentCount, v = corpus.VocabularySize;
        var rowStart = new int[d + 1];
        var cols = new List<int>();
        var vals = new List<double>();
        var df = new int[v];
        var counts = new SortedDictionary<int, int>();
        for (int i = 0; i < d; i++)
        {
            counts.Clear();
            foreach (int w in corpus.Tokens(i)) counts[w] = counts.GetValueOrDefault(w) + 1;
            foreach (var (w, c) in counts)
            {
                cols.Add(w);
                vals.Add(c);
                df[w]++;
            }
            rowStart[i + 1] = cols.Count;
        }
        var values = vals.ToArray();
        var columnIndex = cols.ToArray();
        if (weighting == NmfWeighting.TfIdf)
        {
            for (int j = 0; j < values.Length; j++)
                values[j] *= Math.Log((1.0 + d) / (1.0 + df[columnIndex[j]])) + 1;
        }
        return new SparseRowMatrix(d, v, rowStart, columnIndex, values);
    }

    public double SquaredNorm()
    {
        double s = 0;
        foreach (double x in Values) s += x * x;
        return s;
    }
}
