namespace NewsLens.Learning;

/// <summary>One split of a cross-validation: row indices to train on and to test on (each sorted ascending).</summary>
/// <param name="Number">The fold's number, 0-based.</param>
/// <param name="Train">Indices of the training rows.</param>
/// <param name="Test">Indices of the held-out rows.</param>
public sealed record Fold(int Number, IReadOnlyList<int> Train, IReadOnlyList<int> Test);
