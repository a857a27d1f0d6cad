using System.Text.Json;

namespace NewsLens.Corpora.Loaders;

/// <summary>JSON: one object (one document) or an array of objects (one document each).</summary>
internal sealed class JsonLoader : IFormatLoader
{
    public IEnumerable<RawRecord> Read(string content, SourceFile file, CorpusLoadOptions options)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(content, JsonValues.Options);
        }
        catch (JsonException e)
        {
            throw new InvalidFileException("malformed JSON: " + e.Message, (int?)e.LineNumber + 1);
        }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind == JsonValueKind.Object)
            {
                return [RecordBuilder.Build(JsonValues.Fields(root), options, null, null)];
            }
            if (root.ValueKind != JsonValueKind.Array)
                throw new InvalidFileException($"expected a JSON object or an array of objects, found {JsonValues.Describe(root.ValueKind)}");
            var records = new List<RawRecord>();
            int n = 0;
            foreach (var item in root.EnumerateArray())
            {
                n++;
                records.Add(item.ValueKind == JsonValueKind.Object
                    ? RecordBuilder.Build(JsonValues.Fields(item), options, null, n)
                    : RawRecord.Failed(null, $"array element {n} is {JsonValues.Describe(item.ValueKind)}, not an object", n));
            }
            return records;
        }
    }
}
