namespace NewsLens.Topics;

/// <summary>Log-gamma for the likelihood.</summary>
internal static class SpecialFunctions
{
    /// <summary>
    /// ln Γ(x) for x &gt; 0: shifted up to x ≥ 10 with Γ(x + 1) = x Γ(x), then Stirling's asymptotic series
    /// ln Γ(z) ≈ (z − ½) ln z − z + ½ ln 2π + 1/(12z) − 1/(360z³) + 1/(1260z⁵) − 1/(1680z⁷) + 1/(1188z⁹)
    /// (Abramowitz &amp; Stegun 6.1.40), whose truncation error is below 1e-15 for z ≥ 10.
    /// </summary>
    public static double LogGamma(double x)
    {
        if (!(x > 0)) throw new ArgumentOutOfRangeException(nameof(x), x, "LogGamma needs x > 0.");
        double shift = 0;
        if (x < 10)
        {
            double product = 1;
            while (x < 10) { product *= x; x += 1; }
            shift = Math.Log(product);
        }
        double inv = 1 / x, inv2 = inv * inv;
        double series = inv * (1.0 / 12 - inv2 * (1.0 / 360 - inv2 * (1.0 / 1260 - inv2 * (1.0 / 1680 - inv2 / 1188))));
        return (x - 0.5) * Math.Log(x) - x + 0.5 * Math.Log(2 * Math.PI) + series - shift;
    }
}
