using System.Text.Json;

namespace NewsLens.Stance;

/// <summary>
/// Reads stance data in JSON lines: one object a line, <c>{"target": "...", "text": "...", "label": "favor"}</c>
/// with label favor, against or neutral (case-insensitive; "none" is taken as neutral). Other fields are ignored;
/// blank lines are skipped.
/// </summary>
public static class StanceDataset
{
    /// <summary>Reads all examples of <paramref name="path"/>.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="FormatException">A line is not a JSON object with string target, text and a valid label;
    /// the message names the file and line.</exception>
    public static IReadOnlyList<StanceExample> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path)) throw new FileNotFoundException($"Stance data file not found: {path}", path);
        var items = new List<StanceExample>();
        int lineNo = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            items.Add(Parse(line, path, lineNo));
        }
        if (items.Count == 0) throw new FormatException($"{path}: no examples (expected one JSON object a line with target, text and label).");
        return items;
    }

    private static StanceExample Parse(string line, string path, int lineNo)
    {
        JsonDocument doc;
        try { doc = JsonDocument.Parse(line); }
        catch (JsonException e) { throw new FormatException($"{path}:{lineNo}: not valid JSON ({e.Message}).", e); }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw new FormatException($"{path}:{lineNo}: expected a JSON object with target, text and label.");
            string target = Field(root, "target", path, lineNo);
            string text = Field(root, "text", path, lineNo);
            string label = Field(root, "label", path, lineNo);
            return new StanceExample(target, text, ParseLabel(label, $"{path}:{lineNo}"));
        }
    }

    private static string Field(JsonElement root, string name, string path, int lineNo)
    {
        if (!root.TryGetProperty(name, out var v) || v.ValueKind != JsonValueKind.String)
            throw new FormatException($"{path}:{lineNo}: missing string field \"{name}\" (each line needs target, text and label).");
        return v.GetString()!;
    }

    /// <summary>Parses favor / against / neutral (or none), case-insensitive.</summary>
    /// <exception cref="FormatException">Any other value; the message names <paramref name="where"/> and the valid labels.</exception>
    public static StanceLabel ParseLabel(string label, string where = "label")
    {
        ArgumentNullException.ThrowIfNull(label);
        return label.Trim().ToLowerInvariant() switch
        {
            "favor" or "favour" => StanceLabel.Favor,
            "against" => StanceLabel.Against,
            "neutral" or "none" => StanceLabel.Neutral,
            _ => throw new FormatException($"{where}: unknown label \"{label}\"; valid labels: favor, against, neutral (or none)."),
        };
    }

    /// <summary>The label as written in the data files: favor, against, neutral.</summary>
    public static string LabelName(StanceLabel label) => label switch
    {
        StanceLabel.Favor => "favor",
        StanceLabel.Against => "against",
        _ => "neutral",
    };
}
