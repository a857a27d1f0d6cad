namespace NewsLens.Evaluation;

/// <summary>Precision, recall and F1 of one class, with its number of gold items.</summary>
/// <param name="Label">The class.</param>
/// <param name="Precision">TP / (TP + FP); 0 when the class was never predicted.</param>
/// <param name="Recall">TP / (TP + FN); 0 when the class never occurs in the gold labels.</param>
/// <param name="F1">2·TP / (2·TP + FP + FN), the harmonic mean of precision and recall; 0 when TP + FP + FN = 0.</param>
/// <param name="Support">Number of gold items with this label (TP + FN).</param>
/// <param name="Predicted">Number of items predicted as this label (TP + FP).</param>
public sealed record ClassScores(string Label, double Precision, double Recall, double F1, int Support, int Predicted);
