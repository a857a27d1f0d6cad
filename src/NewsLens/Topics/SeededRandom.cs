namespace NewsLens.Topics;

/// <summary>
/// A small, fast generator whose output depends only on its seed, on every platform and runtime
/// version: xoshiro256** (Blackman &amp; Vigna, "Scrambled linear pseudorandom number generators",
/// ACM TOMS 2021), seeded through SplitMix64 (Steele, Lea &amp; Flood, OOPSLA 2014) as the authors
/// recommend. Written from the published description.
/// </summary>
internal sealed class SeededRandom
{
    private ulong _s0, _s1, _s2, _s3;

    /// <summary>A generator seeded from several integers (e.g. seed, thread index, iteration).</summary>
    public SeededRandom(params long[] seedParts)
    {
        ulong x = 0x9E3779B97F4A7C15UL;
        foreach (long p in seedParts)
        {
            x ^= (ulong)p;
            x = SplitMix(ref x);
        }
        _s0 = SplitMix(ref x);
        _s1 = SplitMix(ref x);
        _s2 = SplitMix(ref x);
        _s3 = SplitMix(ref x);
        if ((_s0 | _s1 | _s2 | _s3) == 0) _s0 = 1;
    }

    private static ulong SplitMix(ref ulong state)
    {
        ulong z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        ulong result = RotateLeft(_s1 * 5, 7) * 9;
        ulong t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>A uniform double in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A uniform integer in [0, n) (n &gt; 0), by Lemire's multiply-shift (slightly biased for huge n, irrelevant here).</summary>
    public int NextInt(int n) => (int)((NextUInt64() >> 32) * (ulong)n >> 32);

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));
}
