using NewsLens.Evaluation;

namespace NewsLens.Tests.Evaluation;

public class ConfusionMatrixTests
{
    // Hand-worked 3x3 example (rows gold, columns predicted):
    //            neg  neu  pos | gold total
    //   neg        5    1    2 |  8
    //   neu        1    3    1 |  5
    //   pos        0    2    6 |  8
    //   predicted  6    6    9 | 21
    // precision: neg 5/6, neu 3/6, pos 6/9;  recall: neg 5/8, neu 3/5, pos 6/8
    // F1 = 2TP / (2TP + FP + FN): neg 10/(10+1+3) = 5/7, neu 6/(6+3+2) = 6/11, pos 12/(12+3+2) = 12/17
    // macro-F1 = (5/7 + 6/11 + 12/17) / 3;  accuracy = (5+3+6)/21 = 2/3
    // weighted-F1 = (8·5/7 + 5·6/11 + 8·12/17) / 21
    private static readonly int[,] Counts = { { 5, 1, 2 }, { 1, 3, 1 }, { 0, 2, 6 } };
    private static readonly string[] Labels = ["neg", "neu", "pos"];

    private static ConfusionMatrix HandExample()
    {
        var gold = new List<string>();
        var predicted = new List<string>();
        for (int g = 0; g < 3; g++)
            for (int p = 0; p < 3; p++)
                for (int k = 0; k < Counts[g, p]; k++) { gold.Add(Labels[g]); predicted.Add(Labels[p]); }
        return ConfusionMatrix.Create(gold, predicted);
    }

    [Fact]
    public void Counts_and_totals_follow_the_pairs()
    {
        var m = HandExample();
        Assert.Equal(Labels, m.Labels);
        Assert.Equal(21, m.Total);
        Assert.Equal(2, m.Count("neg", "pos"));
        Assert.Equal(0, m.Count("pos", "neg"));
        Assert.Equal(8, m.Support("neg"));
        Assert.Equal(9, m.PredictedCount("pos"));
    }

    [Fact]
    public void Precision_recall_F1_match_the_hand_computation()
    {
        var m = HandExample();
        Assert.Equal(5.0 / 6, m.Precision("neg"), 12);
        Assert.Equal(3.0 / 6, m.Precision("neu"), 12);
        Assert.Equal(6.0 / 9, m.Precision("pos"), 12);
        Assert.Equal(5.0 / 8, m.Recall("neg"), 12);
        Assert.Equal(3.0 / 5, m.Recall("neu"), 12);
        Assert.Equal(6.0 / 8, m.Recall("pos"), 12);
        Assert.Equal(5.0 / 7, m.F1("neg"), 12);
        Assert.Equal(6.0 / 11, m.F1("neu"), 12);
        Assert.Equal(12.0 / 17, m.F1("pos"), 12);
        Assert.Equal((5.0 / 7 + 6.0 / 11 + 12.0 / 17) / 3, m.MacroF1, 12);
        Assert.Equal(2.0 / 3, m.Accuracy, 12);
        Assert.Equal((8 * 5.0 / 7 + 5 * 6.0 / 11 + 8 * 12.0 / 17) / 21, m.WeightedF1, 12);
        var neu = m.PerClass()[1];
        Assert.Equal("neu", neu.Label);
        Assert.Equal(0.5, neu.Precision, 12);
        Assert.Equal(0.6, neu.Recall, 12);
        Assert.Equal(6.0 / 11, neu.F1, 12);
        Assert.Equal(5, neu.Support);
        Assert.Equal(6, neu.Predicted);
    }

    [Fact]
    public void F1_is_harmonic_mean_of_precision_and_recall()
    {
        var m = HandExample();
        foreach (var l in Labels)
        {
            double p = m.Precision(l), r = m.Recall(l);
            Assert.Equal(2 * p * r / (p + r), m.F1(l), 12);
        }
    }

    [Fact]
    public void Class_with_no_predictions_and_no_gold_has_F1_zero()
    {
        // gold x,y ; predicted x,y ; listed label z occurs nowhere: F1(z) = 0 (sklearn zero_division=0),
        // so macro-F1 = (1 + 1 + 0) / 3.
        var m = ConfusionMatrix.Create(["x", "y"], ["x", "y"], ["x", "y", "z"]);
        Assert.Equal(0, m.F1("z"));
        Assert.Equal(0, m.Precision("z"));
        Assert.Equal(0, m.Recall("z"));
        Assert.Equal(2.0 / 3, m.MacroF1, 12);
    }

    [Fact]
    public void ToString_is_a_table_with_totals()
    {
        var lines = HandExample().ToString().Split('\n');
        Assert.Equal(5, lines.Length);
        Assert.Contains("neg", lines[0]);
        Assert.Matches(@"^neg\s+5\s+1\s+2\s+8\s*$", lines[1]);
        Assert.Matches(@"^total\s+6\s+6\s+9\s+21\s*$", lines[4]);
    }

    [Fact]
    public void Bad_input_is_named()
    {
        var e = Assert.Throws<ArgumentException>(() => ConfusionMatrix.Create(["a", "b"], ["a"]));
        Assert.Contains("2 gold, 1 predicted", e.Message);
        e = Assert.Throws<ArgumentException>(() => ConfusionMatrix.Create(["a"], ["q"], ["a", "b"]));
        Assert.Contains("'q'", e.Message);
        Assert.Contains("a, b", e.Message);
        e = Assert.Throws<ArgumentException>(() => HandExample().F1("favor"));
        Assert.Contains("neg, neu, pos", e.Message);
    }

    [Fact]
    public void Generic_labels_use_their_names()
    {
        var m = ConfusionMatrix.Create(new[] { DayOfWeek.Monday, DayOfWeek.Friday }, new[] { DayOfWeek.Monday, DayOfWeek.Monday });
        Assert.Equal(1, m.Count("Friday", "Monday"));
        Assert.Equal(0.5, m.Accuracy);
    }
}
