namespace NewsLens.Learning;

/// <summary>How a model's optimisation ended.</summary>
/// <param name="Iterations">L-BFGS iterations taken.</param>
/// <param name="Stop">Why the optimiser stopped.</param>
/// <param name="Objective">The final value of the penalised objective.</param>
/// <param name="GradientMaxAbs">The largest absolute gradient component at the end, divided by the total example weight.</param>
/// <param name="Examples">Number of training rows.</param>
public sealed record TrainingSummary(int Iterations, LbfgsStop Stop, double Objective, double GradientMaxAbs, int Examples);
