namespace NewsLens.Stance;

/// <summary>One labelled example: a text's stance toward a target (a claim or a named target).</summary>
/// <param name="Target">The target text (e.g. a debate claim).</param>
/// <param name="Text">The text whose stance is labelled.</param>
/// <param name="Label">The gold stance.</param>
public sealed record StanceExample(string Target, string Text, StanceLabel Label);
