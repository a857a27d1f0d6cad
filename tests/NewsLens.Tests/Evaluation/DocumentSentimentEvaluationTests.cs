using NewsLens.Evaluation;
using NewsLens.Sentiment;

namespace NewsLens.Tests.Evaluation;

public class DocumentSentimentEvaluationTests
{
    [Fact]
    public void Small_csv_with_quoted_multiline_documents()
    {
        var path = Path.Combine(Path.GetTempPath(), $"newslens-persent-{Guid.NewGuid():N}.csv");
        try
        {
            File.WriteAllText(path,
                "DOCUMENT_INDEX,TARGET_ENTITY,DOCUMENT,TRUE_SENTIMENT\n" +
                "1,Ann,\"Ann is good.\nShe said \"\"great\"\", too.\",Positive\n" +
                "2,Bob,\"Bob, the mayor, is bad.\",Negative\n" +
                "3,Cy,The table is wooden.,Positive\n");
            var r = DocumentSentimentEvaluation.Run(path);
            // doc 1: sentences "Ann is good." (+) and "She said "great", too." (+) -> Positive (correct)
            // doc 2: "bad" -> Negative (correct); doc 3: no sentiment words -> Neutral (gold Positive: wrong)
            Assert.Equal(3, r.N);
            Assert.Equal(2.0 / 3, r.Accuracy, 12);
            Assert.Equal(1, r.Confusion.Count("Positive", "Neutral"));
            // F1: Positive TP1 FN1 -> 2/3; Negative 1; Neutral TP0 FP1 -> 0; macro = (2/3 + 1 + 0) / 3 = 5/9
            Assert.Equal(5.0 / 9, r.MacroF1, 12);
            Assert.Equal("F1m=0.556 accuracy=0.667 n=3", r.ToString().Split('\n')[^1]);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Bad_label_or_missing_column_is_named_with_file_and_line()
    {
        var path = Path.Combine(Path.GetTempPath(), $"newslens-persent-{Guid.NewGuid():N}.csv");
        try
        {
            File.WriteAllText(path, "TARGET_ENTITY,DOCUMENT,TRUE_SENTIMENT\nA,\"two\nlines\",Positive\nB,text,Mixed\n");
            var e = Assert.Throws<FormatException>(() => DocumentSentimentEvaluation.Run(path));
            Assert.Contains(path + ":4:", e.Message);
            Assert.Contains("Negative, Neutral, Positive", e.Message);

            File.WriteAllText(path, "TARGET,DOCUMENT\nA,text\n");
            e = Assert.Throws<FormatException>(() => DocumentSentimentEvaluation.Run(path));
            Assert.Contains("TARGET_ENTITY, TRUE_SENTIMENT", e.Message);

            File.WriteAllText(path, "TARGET_ENTITY,DOCUMENT,TRUE_SENTIMENT\nA,\"never closed,Positive\n");
            e = Assert.Throws<FormatException>(() => DocumentSentimentEvaluation.Run(path));
            Assert.Contains(path + ":2:", e.Message);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void PerSenT_dev_stays_above_floor()
    {
        if (!SharedData.Available) { Console.WriteLine("../shared not found: skipping PerSenT evaluation"); return; }
        var r = DocumentSentimentEvaluation.Run(SharedData.Path_("eval", "persent", "dev.csv"));
        Assert.Equal(578, r.N);
        // measured 0.385 / 0.453 (docs/accuracy.md); majority class: macro-F1 about 0.22
        Assert.True(r.MacroF1 >= 0.38, $"F1m {r.MacroF1:F3}");
        Assert.True(r.Accuracy >= 0.44, $"accuracy {r.Accuracy:F3}");
        Assert.Equal(SentimentLexicon.Vader.Name, r.Lexicon);
    }
}
