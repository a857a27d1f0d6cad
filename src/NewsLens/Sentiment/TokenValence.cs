namespace NewsLens.Sentiment;

/// <summary>
/// One token of a scored sentence and the valence it contributed after VADER's heuristics (negation,
/// degree modifiers, capitals, "but", "least", idioms); 0 for a token without sentiment. Punctuation
/// emphasis is not per token and is not included.
/// </summary>
/// <param name="Token">The token as it appears in the sentence (after emoji were replaced by their description).</param>
/// <param name="Valence">Its adjusted valence on VADER's -4..4 scale (can exceed it after boosting).</param>
public readonly record struct TokenValence(string Token, double Valence);
