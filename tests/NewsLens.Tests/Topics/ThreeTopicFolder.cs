using System.Globalization;
using System.Text;
using System.Text.Json;
using NewsLens.Tests.Corpora;

namespace NewsLens.Tests.Topics;

/// <summary>
/// A folder holding one .jsonl corpus with three clear topics (sport, weather, finance: disjoint vocabularies) over
/// six months, 2021-01 to 2021-06. Months 1-3 have 5 sport and 5 weather articles each; months 4-6 have 2 sport,
/// 2 weather and 6 finance articles each, so finance appears from April on. Two more articles have no date
/// (one sport, one weather). Each article is 40 words drawn uniformly from its topic's 10 words by System.Random(7).
/// </summary>
public sealed class ThreeTopicFolder : IDisposable
{
    public static readonly string[] Sport = ["football", "match", "goal", "striker", "league", "coach", "stadium", "season", "referee", "penalty"];
    public static readonly string[] Weather = ["rain", "storm", "forecast", "temperature", "wind", "cloud", "snow", "flood", "humidity", "thunder"];
    public static readonly string[] Finance = ["market", "stock", "shares", "investor", "bank", "dividend", "inflation", "bond", "trading", "profit"];

    private readonly TempFolder _folder = new();

    public ThreeTopicFolder()
    {
        var rng = new Random(7);
        var lines = new StringBuilder();
        int n = 0;
        void Add(string[] vocabulary, string topic, DateTime? date)
        {
            var words = Enumerable.Range(0, 40).Select(_ => vocabulary[rng.Next(vocabulary.Length)]);
            var record = new Dictionary<string, object?>
            {
                ["id"] = $"{topic}-{n++:D2}",
                ["title"] = $"A {topic} story",
                ["text"] = string.Join(" ", words) + ".",
            };
            if (date is { } d) record["date"] = d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            lines.AppendLine(JsonSerializer.Serialize(record));
        }
        for (int month = 1; month <= 6; month++)
        {
            var (sport, weather, finance) = month <= 3 ? (5, 5, 0) : (2, 2, 6);
            int day = 1;
            for (int i = 0; i < sport; i++) Add(Sport, "sport", new DateTime(2021, month, day++));
            for (int i = 0; i < weather; i++) Add(Weather, "weather", new DateTime(2021, month, day++));
            for (int i = 0; i < finance; i++) Add(Finance, "finance", new DateTime(2021, month, day++));
        }
        Add(Sport, "sport", null);
        Add(Weather, "weather", null);
        _folder.Write("articles.jsonl", lines.ToString());
    }

    public string Path => _folder.Path;

    /// <summary>Which of the three vocabularies holds <paramref name="term"/> ("sport", "weather", "finance"), or null.</summary>
    public static string? TopicOf(string term) =>
        Sport.Contains(term) ? "sport" : Weather.Contains(term) ? "weather" : Finance.Contains(term) ? "finance" : null;

    public void Dispose() => _folder.Dispose();
}
