namespace NewsLens.Stance;

/// <summary>Stance toward a target.</summary>
public enum StanceLabel
{
    /// <summary>The text supports the target (for it).</summary>
    Favor,
    /// <summary>The text opposes the target (against it).</summary>
    Against,
    /// <summary>No stance, or none that can be told.</summary>
    Neutral,
}
