using NewsLens.Actors;
using NewsLens.Corpora;
using NewsLens.Sentiment.Targeted;
using NewsLens.Stance;
using NewsLens.Text;

namespace NewsLens.Sentiment;

/// <summary>
/// How each actor is portrayed: every actor mention is scored with target-dependent sentiment (the sentiment of
/// its sentence toward that mention, not the sentence's overall tone), in the spirit of NewsMTSC
/// (Hamborg &amp; Donnay 2021, "NewsMTSC: A Dataset for (Multi-)Target-dependent Sentiment Classification in
/// Political News Articles", EACL). Mentions inside a quotation attributed to the same actor are flagged
/// <see cref="MentionSentiment.IsOwnQuote"/>; aggregations leave them out by default (see
/// <see cref="ActorSentimentResult.IncludeOwnQuotes"/>).
/// </summary>
public static class ActorSentimentAnalysis
{
    /// <summary>
    /// Scores every actor mention of <paramref name="documents"/>: the mention's sentence (<see cref="SentenceSplitter"/>)
    /// and the mention's offsets within it go to the classifier. A mention that runs across a sentence boundary is skipped.
    /// </summary>
    /// <param name="documents">The documents.</param>
    /// <param name="recognizer">Actor recognizer (default: the bundled dictionary).</param>
    /// <param name="classifier">Target-dependent classifier (default: <see cref="TargetSentimentModel.Default"/>).</param>
    public static ActorSentimentResult Run(IEnumerable<Document> documents, ActorRecognizer? recognizer = null,
        ITargetSentimentClassifier? classifier = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        recognizer ??= new ActorRecognizer(ActorDictionary.Default);
        var docs = documents.ToList();
        return Run(docs, recognizer.Analyze(docs), recognizer.Dictionary, classifier);
    }

    /// <summary>
    /// Scores the mentions of an actor analysis already made (<see cref="ActorRecognizer.Analyze"/>, which also
    /// recognises people by surname across documents), so that the actor tables and the sentiment rows agree.
    /// </summary>
    /// <param name="documents">The documents the analysis was made on.</param>
    /// <param name="actors">Their actor mentions.</param>
    /// <param name="dictionary">The dictionary the analysis used (default: the bundled one); it tells whose quote a sentence is.</param>
    /// <param name="classifier">Target-dependent classifier (default: <see cref="TargetSentimentModel.Default"/>).</param>
    public static ActorSentimentResult Run(IEnumerable<Document> documents, ActorAnalysis actors, ActorDictionary? dictionary = null,
        ITargetSentimentClassifier? classifier = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(actors);
        dictionary ??= ActorDictionary.Default;
        classifier ??= TargetSentimentModel.Default;
        var docs = documents.ToList();
        var byDocument = actors.Mentions.GroupBy(m => m.DocumentId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<ActorMention>)g.ToList(), StringComparer.Ordinal);
        var rows = new List<MentionSentiment>();
        var info = new Dictionary<string, DocumentInfo>(StringComparer.Ordinal);
        // Affiliations of discovered people ("Alexander Mikheev, Russian state arms exporter") come with their mentions.
        var affiliations = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var doc in docs)
        {
            info.TryAdd(doc.Id, doc.Info);
            var mentions = byDocument.GetValueOrDefault(doc.Id) ?? [];
            foreach (var m in mentions)
                if (m.Affiliation is not null) affiliations.TryAdd(m.Actor, m.Affiliation);
            if (mentions.Count == 0) continue;
            var sentences = SentenceSplitter.Split(doc.Text);
            var quotes = QuoteAttribution.Attribute(doc.Text);
            foreach (var group in mentions.GroupBy(m => SentenceOf(sentences, m)))
            {
                var sentence = sentences[group.Key];
                var list = group.Where(m => m.Start >= sentence.Start && m.End <= sentence.End && m.End > m.Start).ToList();
                if (list.Count == 0) continue;
                var spans = list.Select(m => (m.Start - sentence.Start, m.End - sentence.Start)).ToList();
                var scores = classifier is TargetSentimentModel model
                    ? model.Predict(sentence.Text, spans)
                    : spans.Select(s => classifier.Predict(sentence.Text, s.Item1, s.Item2)).ToList();
                for (int i = 0; i < list.Count; i++)
                {
                    var m = list[i];
                    bool own = IsOwnQuote(sentence, m, quotes, mentions, dictionary);
                    rows.Add(new MentionSentiment(doc.Id, sentence.Index, m.Actor, m.Kind, m.Surface,
                        scores[i].Label, scores[i].Score, scores[i].Confidence, sentence.Text, own));
                }
            }
        }
        foreach (var a in dictionary.Actors) affiliations.TryAdd(a.CanonicalName, a.Affiliation);
        return new ActorSentimentResult(rows, info, affiliations);
    }

    private static int SentenceOf(IReadOnlyList<Sentence> sentences, ActorMention m)
    {
        for (int i = 0; i < sentences.Count; i++)
            if (m.Start >= sentences[i].Start && m.Start < sentences[i].End) return i;
        return Math.Clamp(m.Sentence, 0, sentences.Count - 1);
    }

    private static bool IsOwnQuote(Sentence sentence, ActorMention m, IReadOnlyList<AttributedQuote> quotes,
        IReadOnlyList<ActorMention> mentions, ActorDictionary dictionary)
    {
        foreach (var q in quotes)
        {
            if (q.Quote.End <= sentence.Start || q.Quote.Start >= sentence.End) continue;
            foreach (var speaker in q.Speakers) // joined speakers ("Eliot Engel and Michael McCaul") each own the quotation
                if (QuotesSpeakerResolver.Resolve(speaker, mentions, dictionary) == m.Actor) return true;
        }
        return false;
    }
}
