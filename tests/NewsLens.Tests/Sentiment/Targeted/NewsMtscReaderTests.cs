using NewsLens.Sentiment;
using NewsLens.Sentiment.Targeted;

namespace NewsLens.Tests.Sentiment.Targeted;

public class NewsMtscReaderTests
{
    private static string Temp(params string[] lines)
    {
        var path = Path.Combine(Path.GetTempPath(), "newsmtsc-" + Guid.NewGuid().ToString("N") + ".jsonl");
        File.WriteAllLines(path, lines);
        return path;
    }

    [Fact]
    public void ReadsEveryTargetWithItsPolarity()
    {
        var path = Temp(
            """{"sentence_normalized": "Pence warned Turkey.", "targets": [{"from": 0, "to": 5, "mention": "Pence", "polarity": 4.0}, {"from": 13, "to": 19, "mention": "Turkey", "polarity": 2.0}]}""",
            "",
            """{"sentence_normalized": "Erdogan praised Putin.", "targets": [{"from": 16, "to": 21, "mention": "Putin", "polarity": 6.0}]}""");
        try
        {
            var examples = NewsMtscReader.Read(path);
            Assert.Equal(3, examples.Count);
            Assert.Equal(("Pence", SentimentLabel.Neutral), (examples[0].Mention, examples[0].Label));
            Assert.Equal(("Turkey", SentimentLabel.Negative), (examples[1].Mention, examples[1].Label));
            Assert.Equal(("Putin", SentimentLabel.Positive), (examples[2].Mention, examples[2].Label));
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void AMalformedLineIsReportedWithFileAndLine()
    {
        var path = Temp(
            """{"sentence_normalized": "Fine.", "targets": [{"from": 0, "to": 4, "polarity": 4.0}]}""",
            """{"sentence_normalized": "Bad polarity.", "targets": [{"from": 0, "to": 3, "polarity": 5.0}]}""");
        var broken = Temp("""{"sentence_normalized": "Truncated", "targ""");
        var outside = Temp("""{"sentence_normalized": "Short.", "targets": [{"from": 2, "to": 40, "polarity": 4.0}]}""");
        try
        {
            var e = Assert.Throws<InvalidDataException>(() => NewsMtscReader.Read(path));
            Assert.Contains(path + ":2:", e.Message);
            Assert.Contains("2.0 (negative), 4.0 (neutral), 6.0 (positive)", e.Message);
            var e2 = Assert.Throws<InvalidDataException>(() => NewsMtscReader.Read(broken));
            Assert.Contains(broken + ":1:", e2.Message);
            var e3 = Assert.Throws<InvalidDataException>(() => NewsMtscReader.Read(outside));
            Assert.Contains("outside the sentence", e3.Message);
        }
        finally { File.Delete(path); File.Delete(broken); File.Delete(outside); }
    }
}
