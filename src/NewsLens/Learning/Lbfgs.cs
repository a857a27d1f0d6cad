namespace NewsLens.Learning;

/// <summary>
/// A differentiable objective: returns f(x) and writes ∇f(x) into <paramref name="gradient"/>.
/// </summary>
/// <param name="x">The point.</param>
/// <param name="gradient">Receives the gradient (same length as <paramref name="x"/>).</param>
public delegate double DifferentiableFunction(ReadOnlySpan<double> x, Span<double> gradient);

/// <summary>Why <see cref="Lbfgs.Minimize"/> stopped.</summary>
public enum LbfgsStop
{
    /// <summary>The largest absolute gradient component fell to the tolerance.</summary>
    GradientTolerance,
    /// <summary>The line search could not decrease f any further (the objective is flat to machine precision).</summary>
    NoFurtherDecrease,
    /// <summary>The iteration limit was reached first.</summary>
    MaxIterations,
}

/// <summary>The outcome of an L-BFGS run.</summary>
/// <param name="X">The final point.</param>
/// <param name="Value">f at <paramref name="X"/>.</param>
/// <param name="GradientMaxAbs">Largest absolute gradient component at <paramref name="X"/>.</param>
/// <param name="Iterations">Number of iterations taken.</param>
/// <param name="Stop">Why it stopped.</param>
public sealed record LbfgsResult(double[] X, double Value, double GradientMaxAbs, int Iterations, LbfgsStop Stop);

/// <summary>
/// Limited-memory BFGS minimisation, written from Nocedal &amp; Wright, "Numerical Optimization", 2nd ed.
/// (Springer 2006): the two-loop recursion of Algorithm 7.4 for the product H·∇f, the outer loop of
/// Algorithm 7.5, the initial scaling H₀ = (sᵀy / yᵀy)·I of eq. (7.20), and a backtracking line search
/// (Algorithm 3.1) enforcing the Armijo sufficient-decrease condition (3.6a) with c₁ = 1e-4. Because
/// backtracking does not enforce the curvature condition, a pair (s, y) with sᵀy ≤ 1e-10·yᵀy is not
/// stored (the update is skipped, as discussed in N&amp;W §6.1 / §7.2). Entirely deterministic.
/// </summary>
public static class Lbfgs
{
    private const double ArmijoC1 = 1e-4;
    private const int MaxBacktracks = 60;

    /// <summary>
    /// Minimises <paramref name="f"/> from <paramref name="x0"/>. Stops when max|∇f| ≤
    /// <paramref name="gradientTolerance"/>, when no step decreases f, or after <paramref name="maxIterations"/>.
    /// </summary>
    /// <param name="f">The objective and its gradient.</param>
    /// <param name="x0">The starting point (not modified).</param>
    /// <param name="gradientTolerance">Stop when the largest absolute gradient component is at most this (≥ 0).</param>
    /// <param name="maxIterations">Iteration limit (≥ 1).</param>
    /// <param name="memory">Number of correction pairs kept (m in N&amp;W; ≥ 1; 3–20 is usual).</param>
    public static LbfgsResult Minimize(DifferentiableFunction f, ReadOnlySpan<double> x0, double gradientTolerance, int maxIterations, int memory = 10)
    {
        ArgumentNullException.ThrowIfNull(f);
        if (!(gradientTolerance >= 0)) throw new ArgumentOutOfRangeException(nameof(gradientTolerance), gradientTolerance, "The gradient tolerance must be zero or positive.");
        ArgumentOutOfRangeException.ThrowIfLessThan(maxIterations, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(memory, 1);

        int n = x0.Length;
        var x = x0.ToArray();
        var g = new double[n];
        var xNew = new double[n];
        var gNew = new double[n];
        var d = new double[n];
        var s = new double[memory][];
        var y = new double[memory][];
        var rho = new double[memory];
        var alpha = new double[memory];
        for (int i = 0; i < memory; i++) { s[i] = new double[n]; y[i] = new double[n]; }
        int stored = 0, newest = -1;
        double gamma = 1;

        double fx = f(x, g);
        if (!double.IsFinite(fx)) throw new ArgumentException("The objective is not finite at the starting point.", nameof(x0));
        int iter = 0;
        while (true)
        {
            double gmax = MaxAbs(g);
            if (gmax <= gradientTolerance) return new LbfgsResult(x, fx, gmax, iter, LbfgsStop.GradientTolerance);
            if (iter >= maxIterations) return new LbfgsResult(x, fx, gmax, iter, LbfgsStop.MaxIterations);

            // Algorithm 7.4: d = -H·g by the two-loop recursion.
            for (int i = 0; i < n; i++) d[i] = -g[i];
            for (int k = 0; k < stored; k++)
            {
                int j = (newest - k + memory) % memory;
                alpha[j] = rho[j] * DotP(s[j], d);
                Axpy(-alpha[j], y[j], d);
            }
            if (stored > 0)
                for (int i = 0; i < n; i++) d[i] *= gamma;
            else
            {
                // First step: steepest descent scaled so that the first trial step has unit length.
                double norm = Math.Sqrt(DotP(g, g));
                for (int i = 0; i < n; i++) d[i] /= norm;
            }
            for (int k = stored - 1; k >= 0; k--)
            {
                int j = (newest - k + memory) % memory;
                double beta = rho[j] * DotP(y[j], d);
                Axpy(alpha[j] - beta, s[j], d);
            }

            double slope = DotP(g, d);
            if (!(slope < 0))
            {
                // Not a descent direction (round-off): restart from steepest descent.
                stored = 0;
                double norm = Math.Sqrt(DotP(g, g));
                for (int i = 0; i < n; i++) d[i] = -g[i] / norm;
                slope = DotP(g, d);
            }

            // Algorithm 3.1: backtracking from the unit step until f(x + a·d) ≤ f(x) + c₁·a·∇fᵀd.
            double step = 1, fNew = double.NaN;
            bool accepted = false;
            for (int b = 0; b < MaxBacktracks; b++)
            {
                for (int i = 0; i < n; i++) xNew[i] = x[i] + step * d[i];
                fNew = f(xNew, gNew);
                if (double.IsFinite(fNew) && fNew <= fx + ArmijoC1 * step * slope) { accepted = true; break; }
                step *= 0.5;
            }
            if (!accepted || !(fNew < fx))
                return new LbfgsResult(x, fx, gmax, iter, LbfgsStop.NoFurtherDecrease);

            // Store the correction pair s = x_{k+1} − x_k, y = ∇f_{k+1} − ∇f_k (skipped when sᵀy is not safely positive).
            int slot = (newest + 1) % memory;
            var sv = s[slot];
            var yv = y[slot];
            for (int i = 0; i < n; i++) { sv[i] = xNew[i] - x[i]; yv[i] = gNew[i] - g[i]; }
            double sy = DotP(sv, yv), yy = DotP(yv, yv);
            if (sy > 1e-10 * yy && yy > 0)
            {
                rho[slot] = 1 / sy;
                gamma = sy / yy; // eq. (7.20)
                newest = slot;
                if (stored < memory) stored++;
            }

            Array.Copy(xNew, x, n);
            Array.Copy(gNew, g, n);
            fx = fNew;
            iter++;
        }
    }

    private static double MaxAbs(double[] v)
    {
        double m = 0;
        foreach (var a in v) m = Math.Max(m, Math.Abs(a));
        return m;
    }

    private static double DotP(double[] a, double[] b)
    {
        double s = 0;
        for (int i = 0; i < a.Length; i++) s += a[i] * b[i];
        return s;
    }

    private static void Axpy(double a, double[] x, double[] y)
    {
        for (int i = 0; i < x.Length; i++) y[i] += a * x[i];
    }
}
