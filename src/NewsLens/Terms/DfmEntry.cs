namespace NewsLens.Terms;

/// <summary>One non-zero cell of a <see cref="DocumentFeatureMatrix"/> in long (tidy) form.</summary>
/// <param name="Document">The document's id.</param>
/// <param name="Feature">The feature.</param>
/// <param name="Value">The count or weight.</param>
public sealed record DfmEntry(string Document, string Feature, double Value);
