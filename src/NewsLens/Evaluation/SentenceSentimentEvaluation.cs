using System.Globalization;
using NewsLens.Sentiment;

namespace NewsLens.Evaluation;

/// <summary>
/// Evaluates sentence sentiment on the VADER ground-truth files (Hutto &amp; Gilbert, ICWSM 2014): one
/// sentence a line, <c>id&lt;TAB&gt;mean rating&lt;TAB&gt;text</c>, the mean of about 20 raters on -4..4.
/// Reports Pearson r between the compound score and the mean rating, and the three-class macro-F1.
/// <para>
/// Classes: the paper reports a 3-class F1 without spelling out the cut-offs, so both sides are put on the
/// same [-1, 1] scale and cut at the same thresholds: gold = mean rating / 4, prediction = compound, each
/// positive at &gt;= 0.05, negative at &lt;= -0.05, neutral between (VADER's documented compound thresholds,
/// <see cref="SentimentAnalyzer.PositiveThreshold"/>). On the raw rating scale the gold cut-off is ±0.2.
/// </para>
/// </summary>
public static class SentenceSentimentEvaluation
{
    /// <summary>The maximum absolute mean rating in the ground truth; gold ratings are divided by it.</summary>
    public const double RatingScale = 4.0;

    /// <summary>Scores every sentence of the file with <paramref name="analyzer"/> (default VADER) and compares.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="FormatException">A line is malformed; the message names the file and line.</exception>
    public static SentenceSentimentResult Run(string path, SentimentAnalyzer? analyzer = null)
    {
        analyzer ??= SentimentAnalyzer.Vader;
        var items = Read(path);
        if (items.Count < 2) throw new FormatException($"{path}: needs at least two rated sentences, found {items.Count}.");
        var gold = new List<double>(items.Count);
        var predicted = new List<double>(items.Count);
        foreach (var (rating, text) in items)
        {
            gold.Add(rating);
            predicted.Add(analyzer.Score(text).Compound);
        }
        var labels = Enum.GetNames<SentimentLabel>();
        var matrix = ConfusionMatrix.Create(
            gold.Select(g => SentimentAnalyzer.Classify(g / RatingScale).ToString()),
            predicted.Select(p => SentimentAnalyzer.Classify(p).ToString()),
            labels);
        return new SentenceSentimentResult(Path.GetFileName(path), analyzer.Lexicon.Name, items.Count,
            EvaluationMetrics.Pearson(predicted, gold), matrix.MacroF1, matrix.WeightedF1, matrix.Accuracy, matrix);
    }

    /// <summary>Reads (mean rating, text) pairs; blank lines are skipped.</summary>
    internal static List<(double Rating, string Text)> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path)) throw new FileNotFoundException($"Ground-truth file not found: {path}", path);
        var items = new List<(double, string)>();
        int lineNo = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            var parts = line.Split('\t', 3);
            if (parts.Length < 3)
                throw new FormatException($"{path}:{lineNo}: expected 'id<TAB>mean rating<TAB>text' but found {parts.Length} column(s).");
            if (!double.TryParse(parts[1].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var rating) || !double.IsFinite(rating))
                throw new FormatException($"{path}:{lineNo}: mean rating \"{parts[1]}\" is not a number.");
            if (rating < -RatingScale || rating > RatingScale)
                throw new FormatException($"{path}:{lineNo}: mean rating {parts[1]} is outside -4..4.");
            items.Add((rating, parts[2]));
        }
        return items;
    }
}
