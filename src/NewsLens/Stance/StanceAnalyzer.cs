using NewsLens.Corpora;
using NewsLens.Text;

namespace NewsLens.Stance;

/// <summary>
/// Stance toward a target per sentence, per speaking actor in each article and per article.
/// <para><b>Which sentences concern the target</b> (in text order):</para>
/// <list type="number">
/// <item>"term": the sentence matches one of the target's terms;</item>
/// <item>"quote": it lies in the same quotation (<see cref="QuoteSpans"/>, multi-paragraph quotations included)
/// as a sentence that matches a term;</item>
/// <item>"paragraph": it comes later in the same paragraph as a sentence that matches a term;</item>
/// <item>"anaphor": it contains an anaphor from the cue list ("the deal", "the system", "the purchase", "this
/// thing", ...) and the sentence right before it concerns the target.</item>
/// </list>
/// <para><b>Speakers</b>: a sentence mostly inside a quotation takes the quotation's speaker
/// (<see cref="QuoteAttribution"/>); any other sentence takes the speaker of its reported speech ("Pence said
/// Turkey risks…", <see cref="QuoteAttribution.Reported"/>), if any, and is classified on the span attributed to
/// that speaker ("A, according to X, which would B": only A). A speaker becomes an actor key through the <see cref="ActorResolver"/>, by default
/// the name's last word. Joined speakers ("Eliot Engel and Michael McCaul said …", "Russia, Turkey and Iran warned …") each
/// become an actor key (<see cref="SentenceStance.Actors"/>), and the sentence counts for each of them.</para>
/// <para><b>Aggregation</b>: each sentence contributes its lean (favor positive, in [-1, 1]) with a weight.
/// An actor's score is the weighted mean over the sentences they speak: their own quotations weigh
/// <see cref="QuoteWeight"/>, reported speech <see cref="ReportedWeight"/> (only what an actor says counts for
/// them). An article's score is the outlet's framing: the outlet's own sentences (no speaker, not quoted) weigh
/// <see cref="OutletWeight"/>, reported speech <see cref="ArticleReportedWeight"/>, quotations
/// <see cref="ArticleQuoteWeight"/>. A score ≥ <see cref="Threshold"/> is Favor, ≤ −Threshold Against,
/// otherwise Neutral; confidence is |score|.</para>
/// <para>The classifier sees each sentence with its speaker, whether it is quoted and the speaker's prior
/// lean (mean lean of the same actor's earlier sentences about the target in the article).</para>
/// </summary>
public static class StanceAnalyzer
{
    /// <summary>Weight of an actor's own quotation in the actor's score.</summary>
    public const double QuoteWeight = 1.0;
    /// <summary>Weight of reported speech in the speaker's score.</summary>
    public const double ReportedWeight = 0.8;
    /// <summary>Weight of the outlet's own sentences in the article score.</summary>
    public const double OutletWeight = 1.0;
    /// <summary>Weight of reported speech in the article score.</summary>
    public const double ArticleReportedWeight = 0.5;
    /// <summary>Weight of quotations in the article score.</summary>
    public const double ArticleQuoteWeight = 0.3;
    /// <summary>Absolute score from which an actor or article is Favor or Against.</summary>
    public const double Threshold = 0.1;

    /// <summary>Analyses <paramref name="docs"/> with <paramref name="classifier"/> (default <see cref="LexiconStanceClassifier"/>).</summary>
    public static StanceAnalysis Analyze(IEnumerable<Document> docs, StanceTarget target, IStanceClassifier? classifier = null) =>
        Analyze(docs, target, classifier, null);

    /// <summary>Analyses <paramref name="docs"/>, mapping speakers to actors with <paramref name="resolver"/> (default: the surname).</summary>
    public static StanceAnalysis Analyze(IEnumerable<Document> docs, StanceTarget target, IStanceClassifier? classifier, ActorResolver? resolver)
    {
        ArgumentNullException.ThrowIfNull(docs);
        ArgumentNullException.ThrowIfNull(target);
        classifier ??= LexiconStanceClassifier.Default;
        var sentences = new List<SentenceStance>();
        var actors = new List<ActorStance>();
        var documents = new List<DocumentStance>();
        foreach (var doc in docs)
        {
            ArgumentNullException.ThrowIfNull(doc, nameof(docs));
            var found = AnalyzeDocument(doc, target, classifier, resolver);
            sentences.AddRange(found);
            actors.AddRange(Actors(doc.Id, found));
            documents.Add(Article(doc.Id, found));
        }
        return new StanceAnalysis(target, classifier.Name, sentences, actors, documents);
    }

    private static List<SentenceStance> AnalyzeDocument(Document doc, StanceTarget target, IStanceClassifier classifier, ActorResolver? resolver)
    {
        string text = doc.Text;
        var sentences = SentenceSplitter.Split(text);
        var attributed = QuoteAttribution.Attribute(text);
        var quotes = attributed.Select(a => a.Quote).ToList();
        var paragraphs = Paragraphs.Find(text);
        int n = sentences.Count;
        var quoteOf = new int[n];
        var paragraphOf = new int[n];
        var matched = new bool[n];
        for (int i = 0; i < n; i++)
        {
            var s = sentences[i];
            quoteOf[i] = QuoteOf(s, quotes);
            paragraphOf[i] = paragraphs.FindIndex(p => s.Start >= p.Start && s.Start < p.End);
            matched[i] = target.Matches(s.Text);
        }
        var cues = StanceCues.English;
        var relevance = new string?[n];
        for (int i = 0; i < n; i++)
        {
            if (matched[i]) relevance[i] = "term";
            else if (quoteOf[i] >= 0 && Enumerable.Range(0, n).Any(j => matched[j] && quoteOf[j] == quoteOf[i])) relevance[i] = "quote";
            else if (Enumerable.Range(0, i).Any(j => matched[j] && paragraphOf[j] == paragraphOf[i])) relevance[i] = "paragraph";
            else if (i > 0 && relevance[i - 1] is not null && cues.HasAnaphor(sentences[i].Text)) relevance[i] = "anaphor";
        }
        var result = new List<SentenceStance>();
        var leans = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        for (int i = 0; i < n; i++)
        {
            if (relevance[i] is null) continue;
            var s = sentences[i];
            bool isQuote = quoteOf[i] >= 0 && QuotedShare(s, quotes) >= 0.5;
            var reported = isQuote ? null : QuoteAttribution.Reported(text, s.Start, s.End, quotes, attributed);
            string? speaker = isQuote ? attributed[quoteOf[i]].Speaker : reported?.Speaker;
            // joined speakers ("Erdogan and Putin said …") each speak the sentence
            var speakers = isQuote ? attributed[quoteOf[i]].Speakers : reported?.Speakers ?? [];
            var actors = SpeakerActors.Keys(speakers, resolver);
            var earlier = actors.SelectMany(a => leans.TryGetValue(a, out var l) ? l : []).ToList();
            double prior = earlier.Count > 0 ? earlier.Average() : 0;
            // only what the speaker is responsible for: "A, according to X, which would B" gives X the clause A
            var said = reported is null ? s.Text : text[reported.Start..reported.End];
            var d = classifier.Classify(target, said, new StanceContext(speaker, isQuote, prior));
            foreach (var actor in actors)
            {
                if (!leans.TryGetValue(actor, out var list)) leans[actor] = list = [];
                list.Add(d.Lean);
            }
            result.Add(new SentenceStance(doc.Id, s.Index, s.Start, s.End, s.Text, speaker, SpeakerActors.Phrase(actors), isQuote,
                relevance[i]!, d.Label, d.Confidence, d.Lean, d.Cues) { Actors = actors });
        }
        return result;
    }

    private static IEnumerable<ActorStance> Actors(string documentId, List<SentenceStance> sentences) =>
        sentences.SelectMany(s => s.Actors.Select(actor => (Actor: actor, Sentence: s)))
            .GroupBy(x => x.Actor, x => x.Sentence, StringComparer.Ordinal)
            .Select(g =>
            {
                double score = Mean(g.Select(s => (s.Lean, s.IsQuote ? QuoteWeight : ReportedWeight)));
                return new ActorStance(documentId, g.Key, LabelOf(score), Math.Abs(score), score, g.Select(s => s.Text).ToList());
            })
            .OrderBy(a => a.Actor, StringComparer.Ordinal);

    private static DocumentStance Article(string documentId, List<SentenceStance> sentences)
    {
        double Weight(SentenceStance s) => s.IsQuote ? ArticleQuoteWeight : s.Speaker is null ? OutletWeight : ArticleReportedWeight;
        double score = sentences.Count == 0 ? 0 : Mean(sentences.Select(s => (s.Lean, Weight(s))));
        var evidence = sentences.Where(s => s.Label != StanceLabel.Neutral)
            .OrderByDescending(Weight).ThenByDescending(s => Math.Abs(s.Lean)).ThenBy(s => s.SentenceIndex)
            .Take(5).Select(s => s.Text).ToList();
        return new DocumentStance(documentId, LabelOf(score), Math.Abs(score), score, sentences.Count, evidence);
    }

    private static double Mean(IEnumerable<(double Lean, double Weight)> items)
    {
        double sum = 0, weights = 0;
        foreach (var (lean, w) in items) { sum += lean * w; weights += w; }
        return weights == 0 ? 0 : sum / weights;
    }

    private static StanceLabel LabelOf(double score) => score >= Threshold ? StanceLabel.Favor : score <= -Threshold ? StanceLabel.Against : StanceLabel.Neutral;

    /// <summary>The quotation holding most of the sentence's characters, or -1.</summary>
    private static int QuoteOf(Sentence s, List<Quotation> quotes)
    {
        int best = -1, bestOverlap = 0;
        for (int q = 0; q < quotes.Count; q++)
        {
            int overlap = Math.Min(s.End, quotes[q].End) - Math.Max(s.Start, quotes[q].Start);
            if (overlap > bestOverlap) { best = q; bestOverlap = overlap; }
        }
        return best;
    }

    private static double QuotedShare(Sentence s, List<Quotation> quotes)
    {
        int inside = 0;
        foreach (var q in quotes) inside += Math.Max(0, Math.Min(s.End, q.End) - Math.Max(s.Start, q.Start));
        return s.End == s.Start ? 0 : (double)inside / (s.End - s.Start);
    }
}
