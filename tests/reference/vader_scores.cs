#:project ../../src/NewsLens/NewsLens.csproj
#:property PublishAot=false
// Exports NewsLens's per-sentence VADER scores for tests/reference/vader_diff.py: one JSON object a line,
// {"file", "id", "gold", "compound", "tokens": [[token, valence], ...]}, for every line of each ground-truth file.
//   dotnet run tests/reference/vader_scores.cs -- ../shared/eval/vader/tweets_GroundTruth.txt [more files] > scores.jsonl
using System.Globalization;
using System.Text.Json;
using NewsLens.Sentiment;

if (args.Length == 0) { Console.Error.WriteLine("usage: dotnet run tests/reference/vader_scores.cs -- <ground-truth file>..."); return 2; }
var analyzer = SentimentAnalyzer.Vader;
using var stdout = Console.OpenStandardOutput();
using var writer = new Utf8JsonWriter(stdout);
foreach (var path in args)
{
    int lineNo = 0;
    foreach (var line in File.ReadLines(path))
    {
        lineNo++;
        if (string.IsNullOrWhiteSpace(line)) continue;
        var parts = line.Split('\t', 3);
        if (parts.Length < 3) throw new FormatException($"{path}:{lineNo}: expected 'id<TAB>rating<TAB>text'.");
        writer.Reset();
        writer.WriteStartObject();
        writer.WriteString("file", Path.GetFileName(path));
        writer.WriteString("id", parts[0]);
        writer.WriteNumber("gold", double.Parse(parts[1], CultureInfo.InvariantCulture));
        writer.WriteNumber("compound", analyzer.Score(parts[2]).Compound);
        writer.WriteStartArray("tokens");
        foreach (var t in analyzer.ScoreTokens(parts[2]))
        {
            writer.WriteStartArray();
            writer.WriteStringValue(t.Token);
            writer.WriteNumberValue(t.Valence);
            writer.WriteEndArray();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
        stdout.WriteByte((byte)'\n');
    }
}
return 0;
