using System.Globalization;
using System.Text.Json;

namespace NewsLens.Sentiment.Targeted;

/// <summary>
/// Reads NewsMTSC files (Hamborg &amp; Donnay, "NewsMTSC: A Dataset for (Multi-)Target-dependent Sentiment
/// Classification in Political News Articles", EACL 2021): one JSON object a line with
/// <c>sentence_normalized</c> and <c>targets[{from, to, mention, polarity}]</c>, polarity 2.0 negative,
/// 4.0 neutral, 6.0 positive; <c>to</c> is exclusive. Each target becomes one <see cref="TargetSentimentExample"/>.
/// </summary>
public static class NewsMtscReader
{
    /// <summary>Reads every target of the file, in file order.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">A line is not valid; the message names the file, the line and the problem.</exception>
    public static IReadOnlyList<TargetSentimentExample> Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path)) throw new FileNotFoundException($"NewsMTSC file '{path}' does not exist.", path);
        var examples = new List<TargetSentimentExample>();
        int lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            try
            {
                ParseLine(line, examples);
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException or KeyNotFoundException)
            {
                throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"{path}:{lineNumber}: not a NewsMTSC record: {e.Message}"), e);
            }
        }
        return examples;
    }

    private static void ParseLine(string line, List<TargetSentimentExample> into)
    {
        using var doc = JsonDocument.Parse(line);
        var root = doc.RootElement;
        if (root.ValueKind != JsonValueKind.Object) throw new FormatException("the line is not a JSON object");
        if (!root.TryGetProperty("sentence_normalized", out var s) || s.ValueKind != JsonValueKind.String)
            throw new FormatException("\"sentence_normalized\" is missing or not a string");
        var sentence = s.GetString()!;
        if (!root.TryGetProperty("targets", out var targets) || targets.ValueKind != JsonValueKind.Array)
            throw new FormatException("\"targets\" is missing or not an array");
        int k = 0;
        foreach (var t in targets.EnumerateArray())
        {
            int from = Int(t, "from", k), to = Int(t, "to", k);
            if (from < 0 || to > sentence.Length || from >= to)
                throw new FormatException(string.Create(CultureInfo.InvariantCulture,
                    $"target {k} has the span [{from}, {to}), outside the sentence of {sentence.Length} characters"));
            if (!t.TryGetProperty("polarity", out var p) || p.ValueKind != JsonValueKind.Number)
                throw new FormatException($"target {k} has no numeric \"polarity\"");
            var label = p.GetDouble() switch
            {
                2.0 => SentimentLabel.Negative,
                4.0 => SentimentLabel.Neutral,
                6.0 => SentimentLabel.Positive,
                var other => throw new FormatException(string.Create(CultureInfo.InvariantCulture,
                    $"target {k} has polarity {other}; valid values are 2.0 (negative), 4.0 (neutral), 6.0 (positive)")),
            };
            into.Add(new TargetSentimentExample(sentence, from, to, label));
            k++;
        }
    }

    private static int Int(JsonElement t, string name, int k) =>
        t.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out int i) ? i
            : throw new FormatException($"target {k} has no integer \"{name}\"");
}
