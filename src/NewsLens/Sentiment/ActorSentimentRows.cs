using NewsLens.Actors;
using NewsLens.Sentiment.Targeted;

namespace NewsLens.Sentiment;

/// <summary>The target-dependent sentiment of one sentence toward one actor mention.</summary>
/// <param name="DocumentId">The document.</param>
/// <param name="Sentence">Zero-based index of the sentence (<see cref="Text.SentenceSplitter"/>).</param>
/// <param name="Actor">Canonical name of the actor mentioned.</param>
/// <param name="Kind">Person, country or organisation.</param>
/// <param name="Surface">The mention as written.</param>
/// <param name="Label">Negative, neutral or positive toward the mention.</param>
/// <param name="Score">Signed score in [-1, 1] (see <see cref="TargetSentiment.Score"/>).</param>
/// <param name="Confidence">Probability of <paramref name="Label"/>, in [0, 1].</param>
/// <param name="SentenceText">The sentence the mention is in.</param>
/// <param name="IsOwnQuote">The sentence overlaps a quotation attributed to this actor: the sentiment is in the
/// actor's own words (or the attribution around them), not the outlet's portrayal of the actor.</param>
public sealed record MentionSentiment(string DocumentId, int Sentence, string Actor, ActorKind Kind, string Surface,
    SentimentLabel Label, double Score, double Confidence, string SentenceText, bool IsOwnQuote);

/// <summary>How one document portrays one actor.</summary>
/// <param name="DocumentId">The document.</param>
/// <param name="Actor">Canonical actor name.</param>
/// <param name="Mentions">Mentions counted.</param>
/// <param name="MeanScore">Mean of the mentions' signed scores.</param>
/// <param name="Negative">Mentions labelled negative.</param>
/// <param name="Neutral">Mentions labelled neutral.</param>
/// <param name="Positive">Mentions labelled positive.</param>
/// <param name="MostNegative">The sentence with the lowest score toward the actor (evidence).</param>
/// <param name="MostPositive">The sentence with the highest score toward the actor (evidence).</param>
public sealed record ActorDocumentSentiment(string DocumentId, string Actor, int Mentions, double MeanScore,
    int Negative, int Neutral, int Positive, string MostNegative, string MostPositive);

/// <summary>How one group of documents (an outlet, a month, ...) portrays one actor.</summary>
/// <param name="Group">The group's value of the grouping field ("(none)" when missing).</param>
/// <param name="Actor">Canonical actor name.</param>
/// <param name="Mentions">Mentions counted.</param>
/// <param name="MeanScore">Mean of the mentions' signed scores.</param>
/// <param name="Negative">Mentions labelled negative.</param>
/// <param name="Neutral">Mentions labelled neutral.</param>
/// <param name="Positive">Mentions labelled positive.</param>
public sealed record ActorGroupSentiment(string Group, string Actor, int Mentions, double MeanScore,
    int Negative, int Neutral, int Positive);

/// <summary>How the whole corpus portrays one actor.</summary>
/// <param name="Actor">Canonical actor name.</param>
/// <param name="Kind">Person, country or organisation.</param>
/// <param name="Affiliation">The actor's country or organisation, if known.</param>
/// <param name="Mentions">Mentions counted.</param>
/// <param name="Documents">Documents with at least one counted mention.</param>
/// <param name="MeanScore">Mean of the mentions' signed scores.</param>
/// <param name="Negative">Mentions labelled negative.</param>
/// <param name="Neutral">Mentions labelled neutral.</param>
/// <param name="Positive">Mentions labelled positive.</param>
public sealed record ActorOverallSentiment(string Actor, ActorKind Kind, string? Affiliation, int Mentions, int Documents,
    double MeanScore, int Negative, int Neutral, int Positive);
