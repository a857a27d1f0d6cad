namespace NewsLens.Stance;

/// <summary>Decides the stance of one sentence toward a target.</summary>
public interface IStanceClassifier
{
    /// <summary>A short name for reports ("lexicon", "linear").</summary>
    string Name { get; }

    /// <summary>Classifies <paramref name="sentence"/>'s stance toward <paramref name="target"/>.</summary>
    StanceDecision Classify(StanceTarget target, string sentence, StanceContext? context = null);
}
