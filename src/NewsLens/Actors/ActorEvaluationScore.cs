namespace NewsLens.Actors;

/// <summary>Precision, recall and F1 of actor recognition for one kind, one match rule and one subset.</summary>
/// <param name="Subset">re3d subset name, or "all".</param>
/// <param name="Kind">"Person", "Organisation", "Country", or "Any" (all three pooled, kind ignored).</param>
/// <param name="Match">"exact" (same start and end) or "overlap" (any shared character).</param>
/// <param name="Gold">Number of gold spans of this kind.</param>
/// <param name="Predicted">Number of predicted mentions of this kind.</param>
/// <param name="GoldFound">Gold spans matched by a prediction.</param>
/// <param name="PredictedCorrect">Predictions matching a gold span.</param>
/// <param name="Precision">PredictedCorrect / Predicted.</param>
/// <param name="Recall">GoldFound / Gold.</param>
/// <param name="F1">Harmonic mean of precision and recall.</param>
public sealed record ActorEvaluationScore(string Subset, string Kind, string Match, int Gold, int Predicted,
    int GoldFound, int PredictedCorrect, double Precision, double Recall, double F1);
