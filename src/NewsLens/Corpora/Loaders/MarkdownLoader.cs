using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace NewsLens.Corpora.Loaders;

/// <summary>
/// Markdown: optional YAML front matter between "---" lines (title, date, outlet, url, other keys go to
/// Metadata); the body is the text. Without a title in front matter, the first "# heading" is the title
/// and is removed from the text.
/// </summary>
internal sealed partial class MarkdownLoader : IFormatLoader
{
    // One deserializer per thread: files are read in parallel.
    private static readonly ThreadLocal<IDeserializer> Yaml = new(() => new DeserializerBuilder().Build());

    public IEnumerable<RawRecord> Read(string content, SourceFile file, CorpusLoadOptions options)
    {
        var lines = content.Split('\n');
        var fields = new List<KeyValuePair<string, object?>>();
        int bodyStart = 0;
        if (lines.Length > 0 && lines[0].TrimEnd() == "---")
        {
            int close = Array.FindIndex(lines, 1, l => l.TrimEnd() is "---" or "...");
            if (close < 0)
                throw new InvalidFileException("front matter opened with '---' on line 1 is never closed by a '---' line", 1);
            var yaml = string.Join('\n', lines[1..close]);
            Dictionary<object, object?>? map;
            try
            {
                map = string.IsNullOrWhiteSpace(yaml) ? null : Yaml.Value!.Deserialize<Dictionary<object, object?>>(yaml);
            }
            catch (YamlException e)
            {
                throw new InvalidFileException("invalid YAML front matter: " + e.Message, (int)e.Start.Line + 1);
            }
            foreach (var (key, value) in map ?? [])
                fields.Add(new(key?.ToString() ?? "", Flatten(value)));
            bodyStart = close + 1;
        }

        var record = RecordBuilder.Build(fields, options, null, null, requireText: false);
        var body = lines[bodyStart..].ToList();
        if (record.Title is null)
        {
            int h = body.FindIndex(l => Heading().IsMatch(l));
            if (h >= 0)
            {
                record.Title = Heading().Match(body[h]).Groups[1].Value.Trim();
                body.RemoveAt(h);
            }
        }
        record.Text = string.Join('\n', body).Trim('\n');
        yield return record;
    }

    private static object? Flatten(object? value) => value switch
    {
        null => null,
        string s => s,
        IEnumerable<KeyValuePair<object, object?>> map => string.Join("; ", map.Select(kv => $"{kv.Key}: {Flatten(kv.Value)}")),
        System.Collections.IEnumerable list => string.Join(", ", list.Cast<object?>().Select(Flatten)),
        _ => value.ToString(),
    };

    [GeneratedRegex(@"^#\s+(\S.*)$")]
    private static partial Regex Heading();
}
