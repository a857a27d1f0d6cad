using NewsLens.Evaluation;

namespace NewsLens.Tests.Evaluation;

public class EvaluationMetricsTests
{
    [Fact]
    public void Pearson_matches_hand_computation()
    {
        // x = 1..5, y = 2,4,5,4,5: means 3 and 4; dx = -2,-1,0,1,2; dy = -2,0,1,0,1
        // Sxy = 4+0+0+0+2 = 6, Sxx = 10, Syy = 6  =>  r = 6 / sqrt(60)
        double r = EvaluationMetrics.Pearson([1, 2, 3, 4, 5], [2, 4, 5, 4, 5]);
        Assert.Equal(6 / Math.Sqrt(60), r, 14);
    }

    [Fact]
    public void Pearson_is_one_for_a_linear_relation_and_minus_one_when_reversed()
    {
        double[] x = [0.5, 1.5, -2, 7];
        Assert.Equal(1.0, EvaluationMetrics.Pearson(x, x.Select(v => 3 * v + 1).ToArray()), 12);
        Assert.Equal(-1.0, EvaluationMetrics.Pearson(x, x.Select(v => -2 * v).ToArray()), 12);
    }

    [Fact]
    public void Pearson_rejects_undefined_input()
    {
        Assert.Contains("constant", Assert.Throws<ArgumentException>(() => EvaluationMetrics.Pearson([1, 1, 1], [1, 2, 3])).Message);
        Assert.Contains("3 and 2", Assert.Throws<ArgumentException>(() => EvaluationMetrics.Pearson([1, 2, 3], [1, 2])).Message);
        Assert.Throws<ArgumentException>(() => EvaluationMetrics.Pearson([1], [1]));
    }

    [Fact]
    public void SemEval_F_average_is_mean_of_favor_and_against_F1()
    {
        // gold    favor favor against against none none
        // pred    favor against against none  none favor
        // favor: TP 1, FP 1 (none->favor), FN 1 (favor->against): F1 = 2/(2+1+1) = 0.5
        // against: TP 1, FP 1 (favor->against), FN 1 (against->none): F1 = 0.5
        // none: TP 1, FP 1, FN 1: F1 0.5 but "none" is not averaged.  F-avg = 0.5.
        string[] gold = ["favor", "favor", "against", "against", "none", "none"];
        string[] pred = ["favor", "against", "against", "none", "none", "favor"];
        Assert.Equal(0.5, EvaluationMetrics.SemEvalFAverage(gold, pred), 12);

        // Make "none" perfect and "favor" worse: F-avg moves, "none" does not help it.
        string[] pred2 = ["against", "against", "against", "against", "none", "none"];
        // favor: TP 0, FN 2 => 0; against: TP 2, FP 2 => 4/(4+2) = 2/3; F-avg = 1/3
        Assert.Equal(1.0 / 3, EvaluationMetrics.SemEvalFAverage(gold, pred2), 12);
    }

    [Fact]
    public void Accuracy_and_macro_F1_one_call()
    {
        // gold a a b ; pred a b b: accuracy 2/3; F1(a) = 2/(2+0+1) = 2/3, F1(b) = 2/(2+1+0) = 2/3
        Assert.Equal(2.0 / 3, EvaluationMetrics.Accuracy(["a", "a", "b"], ["a", "b", "b"]), 12);
        Assert.Equal(2.0 / 3, EvaluationMetrics.MacroF1(["a", "a", "b"], ["a", "b", "b"]), 12);
    }
}
