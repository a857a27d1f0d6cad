using System.Globalization;
using System.Text;

namespace NewsLens.Terms;

public sealed partial class DocumentFeatureMatrix
{
    /// <summary>Default limit on the number of feature columns <see cref="WriteCsv"/> writes.</summary>
    public const int DefaultMaxCsvFeatures = 10_000;

    /// <summary>
    /// Writes the matrix as a wide CSV: a header <c>doc_id,feature1,feature2,...</c>, then one line
    /// per document with every value (zeros included). Values use the invariant culture and
    /// round-trip exactly.
    /// </summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="maxFeatures">Refuse matrices with more features than this (a wide CSV of a large vocabulary is mostly zeros).</param>
    /// <exception cref="InvalidOperationException">When the matrix has more than <paramref name="maxFeatures"/> features.</exception>
    public void WriteCsv(TextWriter writer, int maxFeatures = DefaultMaxCsvFeatures)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (NFeatures > maxFeatures)
            throw new InvalidOperationException(
                $"The matrix has {NFeatures} features, more than the {maxFeatures} columns a wide CSV is allowed here. " +
                "Reduce it first (Trim, TopFeatures, Select), write the long form with WriteLongCsv, or raise maxFeatures.");
        var line = new StringBuilder();
        line.Append("doc_id");
        foreach (var f in _features) line.Append(',').Append(CsvField(f));
        writer.WriteLine(line.ToString());
        var row = new double[NFeatures];
        for (var i = 0; i < NDocuments; i++)
        {
            Array.Clear(row);
            for (var k = _rowPtr[i]; k < _rowPtr[i + 1]; k++) row[_colIdx[k]] = _values[k];
            line.Clear().Append(CsvField(_documents[i].Id));
            foreach (var v in row) line.Append(',').Append(Number(v));
            writer.WriteLine(line.ToString());
        }
    }

    /// <summary>The non-zero cells in long form, row by row, columns in order.</summary>
    public IEnumerable<DfmEntry> ToLong()
    {
        for (var i = 0; i < NDocuments; i++)
            for (var k = _rowPtr[i]; k < _rowPtr[i + 1]; k++)
                yield return new DfmEntry(_documents[i].Id, _features[_colIdx[k]], _values[k]);
    }

    /// <summary>Writes <see cref="ToLong"/> as CSV with the header <c>document,feature,value</c>.</summary>
    public void WriteLongCsv(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine("document,feature,value");
        foreach (var e in ToLong())
            writer.WriteLine($"{CsvField(e.Document)},{CsvField(e.Feature)},{Number(e.Value)}");
    }

    private static string Number(double v) => v.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Quotes a CSV field (RFC 4180) when it holds a comma, quote or line break.</summary>
    internal static string CsvField(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
}
