namespace NewsLens.Terms;

/// <summary>One stored cell of a <see cref="DocumentFeatureMatrix"/> row.</summary>
/// <param name="Feature">Column index (see <see cref="DocumentFeatureMatrix.Features"/>).</param>
/// <param name="Value">The stored, non-zero value.</param>
public readonly record struct DfmCell(int Feature, double Value);
