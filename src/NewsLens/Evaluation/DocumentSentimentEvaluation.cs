using NewsLens.IO;
using System.Globalization;
using NewsLens.Sentiment;

namespace NewsLens.Evaluation;

/// <summary>
/// Evaluates document-level sentiment on PerSenT (Bastan et al., "Author's Sentiment Prediction", COLING 2020):
/// a CSV with columns TARGET_ENTITY, DOCUMENT and TRUE_SENTIMENT (Positive, Neutral or Negative). The
/// prediction is <see cref="SentimentAnalyzer.ScoreDocument"/> (the mean sentence compound) cut at VADER's
/// thresholds (&gt;= 0.05 positive, &lt;= -0.05 negative). This measures the article's overall tone, not
/// the author's sentiment toward the target entity specifically, so it is a lexicon baseline for that task.
/// </summary>
public static class DocumentSentimentEvaluation
{
    private static readonly string[] RequiredColumns = ["TARGET_ENTITY", "DOCUMENT", "TRUE_SENTIMENT"];

    /// <summary>Scores every document of the CSV with <paramref name="analyzer"/> (default VADER) and compares.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="FormatException">A column is missing, a record has the wrong number of fields or a label is unknown; the message names the file and line.</exception>
    public static DocumentSentimentResult Run(string path, SentimentAnalyzer? analyzer = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        analyzer ??= SentimentAnalyzer.Vader;
        if (!File.Exists(path)) throw new FileNotFoundException($"PerSenT file not found: {path}", path);
        var gold = new List<string>();
        var predicted = new List<string>();
        CsvTable table;
        try { table = CsvTable.Parse(File.ReadAllText(path)); }
        catch (InvalidDataException e) { throw new FormatException($"{path}:1: {e.Message}; expected a header with {string.Join(", ", RequiredColumns)}."); }
        var missing = RequiredColumns.Where(c => table.IndexOf(c) < 0).ToList();
        if (missing.Count > 0)
            throw new FormatException($"{path}:1: missing column(s) {string.Join(", ", missing)}; the header has: {table.ColumnList}.");
        int documentColumn = table.IndexOf("DOCUMENT"), labelColumn = table.IndexOf("TRUE_SENTIMENT");
        foreach (var (line, fields, problem) in table.Rows)
        {
            if (fields is null) throw new FormatException($"{path}:{line}: {problem}.");
            var label = fields[labelColumn].Trim();
            var goldLabel = Enum.GetValues<SentimentLabel>().Cast<SentimentLabel?>()
                .FirstOrDefault(l => l.ToString()!.Equals(label, StringComparison.OrdinalIgnoreCase))
                ?? throw new FormatException($"{path}:{line}: TRUE_SENTIMENT \"{label}\" is not one of {string.Join(", ", Enum.GetNames<SentimentLabel>())}.");
            gold.Add(goldLabel.ToString());
            predicted.Add(SentimentAnalyzer.Classify(analyzer.ScoreDocument(fields[documentColumn])).ToString());
        }
        if (gold.Count == 0) throw new FormatException($"{path}: no documents after the header.");
        var matrix = ConfusionMatrix.Create(gold, predicted, Enum.GetNames<SentimentLabel>());
        return new DocumentSentimentResult(Path.GetFileName(path), analyzer.Lexicon.Name, gold.Count, matrix.MacroF1, matrix.Accuracy, matrix);
    }
}
