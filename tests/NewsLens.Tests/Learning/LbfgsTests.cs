using NewsLens.Learning;

namespace NewsLens.Tests.Learning;

public class LbfgsTests
{
    [Fact]
    public void FindsTheMinimumOfTheRosenbrockFunction()
    {
        // f(x, y) = (1 − x)² + 100 (y − x²)², minimum 0 at (1, 1) (Nocedal & Wright, eq. 2.22), started at (−1.2, 1).
        static double Rosenbrock(ReadOnlySpan<double> p, Span<double> g)
        {
            double x = p[0], y = p[1];
            g[0] = -2 * (1 - x) - 400 * x * (y - x * x);
            g[1] = 200 * (y - x * x);
            return (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x);
        }
        var r = Lbfgs.Minimize(Rosenbrock, [-1.2, 1.0], gradientTolerance: 1e-8, maxIterations: 500);
        Assert.Equal(LbfgsStop.GradientTolerance, r.Stop);
        Assert.Equal(1, r.X[0], 1e-6);
        Assert.Equal(1, r.X[1], 1e-6);
        Assert.True(r.Value < 1e-12);
    }

    [Fact]
    public void SolvesAQuadraticExactly()
    {
        // f = ½ xᵀAx − bᵀx with A = diag(1, 10, 100): minimum at x = b / diag(A).
        double[] a = [1, 10, 100], b = [1, 2, 3];
        double Quadratic(ReadOnlySpan<double> x, Span<double> g)
        {
            double f = 0;
            for (int i = 0; i < 3; i++) { g[i] = a[i] * x[i] - b[i]; f += 0.5 * a[i] * x[i] * x[i] - b[i] * x[i]; }
            return f;
        }
        var r = Lbfgs.Minimize(Quadratic, [0, 0, 0], 1e-10, 200);
        for (int i = 0; i < 3; i++) Assert.Equal(b[i] / a[i], r.X[i], 1e-9);
    }

    [Fact]
    public void BadSettingsAreRejected()
    {
        static double F(ReadOnlySpan<double> x, Span<double> g) { g[0] = 2 * x[0]; return x[0] * x[0]; }
        Assert.Throws<ArgumentOutOfRangeException>(() => Lbfgs.Minimize(F, [1.0], -1, 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => Lbfgs.Minimize(F, [1.0], 1e-6, 0));
    }
}
