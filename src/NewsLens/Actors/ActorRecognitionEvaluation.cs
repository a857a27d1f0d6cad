using System.Text.Json;
using NewsLens.Corpora;

namespace NewsLens.Actors;

/// <summary>
/// Measures actor recognition on the Dstl re3d corpus (documents.json and entities.json in each subset
/// folder, one JSON object a line, entity offsets in characters).
/// <para>
/// Gold labels: re3d may give one span several types with a crowd confidence each; each distinct span keeps
/// the type(s) of highest confidence. Person is compared with Person, Organisation with Organisation, and
/// Country with Location and Nationality (re3d has no country type; its Location spans include cities and
/// regions, which the recogniser reports as their country when the dictionary knows them, and re3d labels a
/// state acting as an actor ("the UK said") Organisation, which counts against Country here). "Any" pools the
/// three kinds against Person, Organisation, Location and Nationality gold spans, ignoring kind.
/// Exact: same start and end. Overlap: at least one shared character. Precision counts predictions that
/// match some gold span; recall counts gold spans matched by some prediction.
/// </para>
/// </summary>
public static class ActorRecognitionEvaluation
{
    private static readonly string[] Kinds = ["Person", "Organisation", "Country", "Any"];

    /// <summary>
    /// Evaluates <paramref name="recognizer"/> (default: the bundled dictionary, default options) on the re3d folder.
    /// With <paramref name="namedGoldOnly"/>, gold spans without a capitalised word other than a pronoun or
    /// determiner ("he", "We", "the regime", "civilians") are left out: re3d annotates those references, which
    /// a recogniser of named actors does not aim to find.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">The folder, or every subset in it, is missing.</exception>
    /// <exception cref="InvalidDataException">A JSON line cannot be read; the message names the file and line.</exception>
    public static IReadOnlyList<ActorEvaluationScore> Run(string re3dFolder, ActorRecognizer? recognizer = null, bool namedGoldOnly = false)
    {
        ArgumentNullException.ThrowIfNull(re3dFolder);
        if (!Directory.Exists(re3dFolder))
            throw new DirectoryNotFoundException($"re3d folder not found: {re3dFolder}");
        var subsets = Directory.GetDirectories(re3dFolder).Order(StringComparer.Ordinal)
            .Where(d => File.Exists(Path.Combine(d, "documents.json")) && File.Exists(Path.Combine(d, "entities.json"))).ToList();
        if (subsets.Count == 0)
            throw new DirectoryNotFoundException($"no re3d subset (a folder with documents.json and entities.json) in {re3dFolder}");
        recognizer ??= new ActorRecognizer();
        var counts = new Dictionary<(string Subset, string Kind, string Match), int[]>();
        foreach (var folder in subsets)
        {
            var subset = Path.GetFileName(folder);
            var docs = ReadLines(Path.Combine(folder, "documents.json"))
                .Select(e => Document.Create(e.GetProperty("_id").GetString()!, e.GetProperty("text").GetString() ?? "",
                    title: e.TryGetProperty("title", out var t) ? t.GetString() : null))
                .ToList();
            var gold = ReadGold(Path.Combine(folder, "entities.json"));
            if (namedGoldOnly)
            {
                var texts = docs.ToDictionary(d => d.Id, d => d.Text);
                foreach (var (id, spans) in gold)
                    if (texts.TryGetValue(id, out var text))
                        spans.RemoveAll(s => s.End > text.Length || !IsNamed(text[s.Begin..s.End]));
            }
            var analysis = recognizer.Analyze(docs);
            foreach (var doc in docs)
            {
                var goldSpans = gold.GetValueOrDefault(doc.Id) ?? [];
                var predicted = analysis.Mentions.Where(m => m.DocumentId == doc.Id).ToList();
                foreach (var kind in Kinds)
                {
                    var g = goldSpans.Where(s => GoldMatchesKind(s.Types, kind)).Select(s => (s.Begin, s.End)).Distinct().ToList();
                    var p = predicted.Where(m => kind == "Any" || m.Kind.ToString() == kind).Select(m => (m.Start, m.End)).ToList();
                    foreach (var match in new[] { "exact", "overlap" })
                    {
                        Func<(int, int), (int, int), bool> same = match == "exact"
                            ? (a, b) => a.Item1 == b.Item1 && a.Item2 == b.Item2
                            : (a, b) => a.Item1 < b.Item2 && b.Item1 < a.Item2;
                        int found = g.Count(x => p.Any(y => same(x, y)));
                        int correct = p.Count(y => g.Any(x => same(x, y)));
                        foreach (var s in new[] { subset, "all" })
                        {
                            if (!counts.TryGetValue((s, kind, match), out var c)) counts[(s, kind, match)] = c = new int[4];
                            c[0] += g.Count; c[1] += p.Count; c[2] += found; c[3] += correct;
                        }
                    }
                }
            }
        }
        return counts.OrderBy(kv => kv.Key.Subset == "all" ? 0 : 1).ThenBy(kv => kv.Key.Subset, StringComparer.Ordinal)
            .ThenBy(kv => Array.IndexOf(Kinds, kv.Key.Kind)).ThenBy(kv => kv.Key.Match, StringComparer.Ordinal)
            .Select(kv =>
            {
                var c = kv.Value;
                double precision = c[1] == 0 ? 0 : (double)c[3] / c[1];
                double recall = c[0] == 0 ? 0 : (double)c[2] / c[0];
                double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
                return new ActorEvaluationScore(kv.Key.Subset, kv.Key.Kind, kv.Key.Match, c[0], c[1], c[2], c[3], precision, recall, f1);
            }).ToList();
    }

    private static bool GoldMatchesKind(HashSet<string> types, string kind) => kind switch
    {
        "Person" => types.Contains("Person"),
        "Organisation" => types.Contains("Organisation"),
        "Country" => types.Contains("Location") || types.Contains("Nationality"),
        _ => types.Overlaps(["Person", "Organisation", "Location", "Nationality"]),
    };

    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal)
    {
        "I", "He", "She", "We", "They", "It", "My", "His", "Her", "Our", "Their", "Its", "The", "A", "An", "This", "That",
        "These", "Those", "Us", "Me", "Him", "Them", "One", "All", "Both", "Some",
    };

    /// <summary>True when the span has a capitalised word that is not a pronoun or determiner.</summary>
    private static bool IsNamed(string span) =>
        WordScanner.Scan(span).Any(t => t.IsWord && char.IsUpper(t.Text[0]) && !Pronouns.Contains(t.Text));

    private sealed record GoldSpan(int Begin, int End, HashSet<string> Types);

    /// <summary>Gold spans per document; each span keeps its type(s) of highest confidence.</summary>
    private static Dictionary<string, List<GoldSpan>> ReadGold(string path)
    {
        var bySpan = new Dictionary<(string Doc, int Begin, int End), List<(string Type, double Confidence)>>();
        foreach (var e in ReadLines(path))
        {
            var key = (e.GetProperty("documentId").GetString()!, e.GetProperty("begin").GetInt32(), e.GetProperty("end").GetInt32());
            double confidence = e.TryGetProperty("confidence", out var c) && c.ValueKind == JsonValueKind.Number ? c.GetDouble() : 1;
            if (!bySpan.TryGetValue(key, out var list)) bySpan[key] = list = [];
            list.Add((e.GetProperty("type").GetString()!, confidence));
        }
        var result = new Dictionary<string, List<GoldSpan>>();
        foreach (var (key, list) in bySpan)
        {
            double best = list.Max(x => x.Confidence);
            var types = list.Where(x => x.Confidence == best).Select(x => x.Type).ToHashSet();
            if (!result.TryGetValue(key.Doc, out var spans)) result[key.Doc] = spans = [];
            spans.Add(new GoldSpan(key.Begin, key.End, types));
        }
        return result;
    }

    private static List<JsonElement> ReadLines(string path)
    {
        var result = new List<JsonElement>();
        int lineNo = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            try
            {
                using var doc = JsonDocument.Parse(line);
                result.Add(doc.RootElement.Clone());
            }
            catch (JsonException ex)
            {
                throw new InvalidDataException($"{path}:{lineNo}: not a JSON object: {ex.Message}", ex);
            }
        }
        return result;
    }
}
