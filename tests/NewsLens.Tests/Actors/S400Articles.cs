using System.Globalization;
using NewsLens.Corpora;

namespace NewsLens.Tests.Actors;

/// <summary>Loads the five sample articles (data/s400) with their dates from metadata.csv.</summary>
internal static class S400Articles
{
    public static IReadOnlyList<Document> Load()
    {
        var folder = SharedData.Repo("data", "s400");
        var dates = File.ReadAllLines(Path.Combine(folder, "metadata.csv")).Skip(1)
            .Select(l => l.Split(','))
            .ToDictionary(c => c[0], c => DateTime.ParseExact(c[1], "yyyy-MM-dd", CultureInfo.InvariantCulture));
        return Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal)
            .Select(f => Path.GetFileNameWithoutExtension(f))
            .Select(id => Document.Create(id, File.ReadAllText(Path.Combine(folder, id + ".txt")), date: dates[id]))
            .ToList();
    }

    public static Document Get(string idPrefix) => Load().Single(d => d.Id.StartsWith(idPrefix, StringComparison.Ordinal));
}
