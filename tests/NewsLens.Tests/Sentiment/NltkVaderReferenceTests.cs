using System.Text.Json;
using NewsLens.Sentiment;

namespace NewsLens.Tests.Sentiment;

/// <summary>
/// Compares compound scores with NLTK's port of VADER on the sentences in
/// Fixtures/Sentiment/vader_nltk_reference.json (written by tests/reference/vader_reference.py with the same
/// lexicon file). NLTK rounds to 4 decimals, so agreement is within half a unit of the 4th decimal.
/// </summary>
public class NltkVaderReferenceTests
{
    public static TheoryData<string, double> Sentences()
    {
        var path = SharedData.Repo("tests", "NewsLens.Tests", "Fixtures", "Sentiment", "vader_nltk_reference.json");
        var data = new TheoryData<string, double>();
        foreach (var row in JsonDocument.Parse(File.ReadAllText(path)).RootElement.GetProperty("sentences").EnumerateArray())
            data.Add(row.GetProperty("text").GetString()!, row.GetProperty("compound").GetDouble());
        return data;
    }

    [Theory]
    [MemberData(nameof(Sentences))]
    public void Compound_agrees_with_nltk_vader(string sentence, double nltkCompound)
    {
        double ours = SentimentAnalyzer.Vader.Score(sentence).Compound;
        Assert.InRange(Math.Abs(ours - nltkCompound), 0, 0.00005 + 1e-9);
    }
}
