namespace NewsLens.Stance;

/// <summary>The result of <see cref="StanceAnalyzer.Analyze(IEnumerable{NewsLens.Corpora.Document}, StanceTarget, IStanceClassifier?)"/>.</summary>
/// <param name="Target">The target analysed.</param>
/// <param name="Classifier">Name of the classifier used.</param>
/// <param name="Sentences">Every sentence that concerns the target, by article then position.</param>
/// <param name="Actors">Each speaking actor's stance per article.</param>
/// <param name="Documents">Each article's stance (every article analysed, also those that never name the target).</param>
public sealed partial record StanceAnalysis(StanceTarget Target, string Classifier, IReadOnlyList<SentenceStance> Sentences,
    IReadOnlyList<ActorStance> Actors, IReadOnlyList<DocumentStance> Documents)
{
    /// <summary>The stance of <paramref name="actor"/> in <paramref name="documentId"/>, or null when they say nothing about the target there.</summary>
    public ActorStance? Actor(string documentId, string actor) =>
        Actors.FirstOrDefault(a => a.DocumentId == documentId && string.Equals(a.Actor, actor, StringComparison.OrdinalIgnoreCase));

    /// <summary>Each actor's stance over all articles, by actor key (ordinal order).</summary>
    public IReadOnlyList<ActorOverall> ActorsOverall() =>
        Actors.GroupBy(a => a.Actor, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
        {
            int sentences = g.Sum(a => a.Evidence.Count);
            double score = sentences == 0 ? 0 : g.Sum(a => a.Score * a.Evidence.Count) / sentences;
            var label = score >= StanceAnalyzer.Threshold ? StanceLabel.Favor : score <= -StanceAnalyzer.Threshold ? StanceLabel.Against : StanceLabel.Neutral;
            return new ActorOverall(g.Key, g.Count(), sentences, label, score, g.Count(a => a.Label == StanceLabel.Favor), g.Count(a => a.Label == StanceLabel.Against));
        }).ToList();

    /// <summary>The stance of one article, or null when it was not analysed.</summary>
    public DocumentStance? Document(string documentId) => Documents.FirstOrDefault(d => d.DocumentId == documentId);
}
