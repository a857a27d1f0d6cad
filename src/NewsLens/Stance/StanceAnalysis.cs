namespace NewsLens.Stance;

/// <summary>The result of <see cref="StanceAnalyzer.Analyze(IEnumerable{NewsLens.Corpora.Document}, StanceTarget, IStanceClassifier?)"/>.</summary>
/// <param name="Target">The target analysed.</param>
/// <param name="Classifier">Name of the classifier used.</param>
/// <param name="Sentences">Every sentence that concerns the target, by article then position.</param>
/// <param name="Actors">Each speaking actor's stance per article.</param>
/// <param name="Documents">Each article's stance (every article analysed, also those that never name the target).</param>
public sealed record StanceAnalysis(StanceTarget Target, string Classifier, IReadOnlyList<SentenceStance> Sentences,
    IReadOnlyList<ActorStance> Actors, IReadOnlyList<DocumentStance> Documents)
{
    /// <summary>The stance of <paramref name="actor"/> in <paramref name="documentId"/>, or null when they say nothing about the target there.</summary>
    public ActorStance? Actor(string documentId, string actor) =>
        Actors.FirstOrDefault(a => a.DocumentId == documentId && string.Equals(a.Actor, actor, StringComparison.OrdinalIgnoreCase));

    /// <summary>The stance of one article, or null when it was not analysed.</summary>
    public DocumentStance? Document(string documentId) => Documents.FirstOrDefault(d => d.DocumentId == documentId);
}
