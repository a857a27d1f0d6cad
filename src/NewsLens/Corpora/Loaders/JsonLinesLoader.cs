using System.Text.Json;

namespace NewsLens.Corpora.Loaders;

/// <summary>JSON Lines: one object per non-blank line. A malformed line is reported with its number and skipped.</summary>
internal sealed class JsonLinesLoader : IFormatLoader
{
    public IEnumerable<RawRecord> Read(string content, SourceFile file, CorpusLoadOptions options)
    {
        var lines = content.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i])) continue;
            int line = i + 1;
            RawRecord record;
            try
            {
                using var doc = JsonDocument.Parse(lines[i], JsonValues.Options);
                record = doc.RootElement.ValueKind == JsonValueKind.Object
                    ? RecordBuilder.Build(JsonValues.Fields(doc.RootElement), options, line, null)
                    : RawRecord.Failed(line, $"expected a JSON object, found {JsonValues.Describe(doc.RootElement.ValueKind)}");
            }
            catch (JsonException e)
            {
                record = RawRecord.Failed(line, "malformed JSON: " + e.Message);
            }
            yield return record;
        }
    }
}
