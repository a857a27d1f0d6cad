using NewsLens.Corpora;
using NewsLens.Stance;
using NewsLens.Text;

namespace NewsLens.Actors;

/// <summary>
/// Who said what. Direct quotations are the quotation spans of <see cref="QuoteSpans"/> (straight and typographic
/// marks, quotations running over several paragraphs) with the speaker found by <see cref="QuoteAttribution"/>;
/// reported speech is a sentence whose unquoted text has a reporting cue ("X said that …", "according to X",
/// "X told CNN …", "X warned …", "…, saying …", "…, accusing …") and a speaker found by
/// <see cref="QuoteAttribution.Reported"/>. Speakers are mapped to recognised actors with <see cref="QuotesSpeakerResolver"/>.
/// Joined speakers ("Eliot Engel and Michael McCaul said …", "Russia, Turkey and Iran said …") give one row per speaker with
/// the same text and offsets. A speaker described rather than named ("One NATO insider told …") keeps the phrase as
/// <see cref="QuoteRow.SpeakerRaw"/> and resolves to the actor named inside it (NATO).
/// Unattributed quotations of fewer than <see cref="MinUnattributedWords"/> words (scare quotes, titles) are left out.
/// </summary>
public static class QuoteExtraction
{
    /// <summary>Unattributed quotations shorter than this (in words) are not reported.</summary>
    public const int MinUnattributedWords = 4;

    /// <summary>The direct and reported quotations of <paramref name="documents"/>, in document and text order.</summary>
    /// <param name="documents">The documents.</param>
    /// <param name="recognizer">Actor recognizer used to map speakers to actors (default: the bundled dictionary); it
    /// recognises the actors of each document on its own.</param>
    public static QuotesTable Find(IEnumerable<Document> documents, ActorRecognizer? recognizer = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        recognizer ??= new ActorRecognizer(ActorDictionary.Default);
        var rows = new List<QuoteRow>();
        foreach (var doc in documents) rows.AddRange(FindIn(doc, recognizer));
        return new QuotesTable(rows);
    }

    /// <summary>
    /// The direct and reported quotations of <paramref name="documents"/>, with speakers mapped to the actor mentions of an
    /// existing analysis (<see cref="ActorRecognizer.Analyze"/> of the same documents), so actors are recognised once.
    /// </summary>
    /// <param name="documents">The documents.</param>
    /// <param name="actors">The actor analysis of the documents; its mentions are matched to documents by id.</param>
    /// <param name="dictionary">Dictionary consulted for speakers no mention matches (default: the bundled dictionary).</param>
    public static QuotesTable Find(IEnumerable<Document> documents, ActorAnalysis actors, ActorDictionary? dictionary = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(actors);
        dictionary ??= ActorDictionary.Default;
        var byDocument = actors.Mentions.GroupBy(m => m.DocumentId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<ActorMention>)g.ToList(), StringComparer.Ordinal);
        var rows = new List<QuoteRow>();
        foreach (var doc in documents)
        {
            ArgumentNullException.ThrowIfNull(doc, nameof(documents));
            rows.AddRange(FindIn(doc, byDocument.GetValueOrDefault(doc.Id) ?? [], dictionary));
        }
        return new QuotesTable(rows);
    }

    /// <summary>The direct and reported quotations of one document, in text order.</summary>
    /// <param name="document">The document.</param>
    /// <param name="recognizer">Actor recognizer used to map speakers to actors.</param>
    public static IReadOnlyList<QuoteRow> FindIn(Document document, ActorRecognizer recognizer)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(recognizer);
        return FindIn(document, recognizer.Find(document), recognizer.Dictionary);
    }

    /// <summary>The direct and reported quotations of one document, in text order, with speakers mapped to <paramref name="mentions"/>.</summary>
    /// <param name="document">The document.</param>
    /// <param name="mentions">The actor mentions of the document.</param>
    /// <param name="dictionary">Dictionary consulted for speakers no mention matches (optional).</param>
    public static IReadOnlyList<QuoteRow> FindIn(Document document, IReadOnlyList<ActorMention> mentions, ActorDictionary? dictionary = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(mentions);
        var text = document.Text;
        var attributed = QuoteAttribution.Attribute(text);
        var quotes = attributed.Select(a => a.Quote).ToList();
        var sentences = SentenceSplitter.Split(text);
        string Resolve(string raw) => QuotesSpeakerResolver.Resolve(raw, mentions, dictionary) ?? raw;
        var rows = new List<QuoteRow>();
        foreach (var a in attributed)
        {
            if (a.Quote.Content.Length == 0) continue;
            if (a.Speaker is null && WordCount(a.Quote.Content) < MinUnattributedWords) continue;
            var hosts = sentences.Where(s => s.Start < a.Quote.End && s.End > a.Quote.Start).ToList();
            string? cue = a.Rule == "cited" ? "cited … as saying" : null;
            if (cue is null && hosts.Count > 0) cue = QuoteAttribution.FirstCue(text, hosts[0].Start, hosts[^1].End, quotes);
            if (a.Speakers.Count == 0) rows.Add(new QuoteRow(document.Id, null, null, a.Quote.Content, cue, "direct", a.Quote.Start, a.Quote.End));
            foreach (var speaker in a.Speakers)
                rows.Add(new QuoteRow(document.Id, Resolve(speaker), speaker, a.Quote.Content, cue, "direct", a.Quote.Start, a.Quote.End));
        }
        foreach (var s in sentences)
        {
            int quoted = quotes.Sum(q => Math.Max(0, Math.Min(q.End, s.End) - Math.Max(q.Start, s.Start)));
            if (quoted * 2 >= s.End - s.Start) continue; // a direct quotation with its attribution
            var reported = QuoteAttribution.Reported(text, s.Start, s.End, quotes, attributed);
            if (reported is null || reported.IntroducesQuotation) continue;
            var rest = Clean(text[reported.CueEnd..s.End]);
            // "according to X" and a passive ("A, was stressed by X at …") attribute a span of their own, not what follows the cue
            bool ownSpan = reported.Rule is "according-to" or "passive";
            var said = !ownSpan && WordCount(rest) >= MinUnattributedWords ? rest : Clean(text[reported.Start..reported.End]);
            foreach (var speaker in reported.Speakers)
                rows.Add(new QuoteRow(document.Id, Resolve(speaker), speaker, said, reported.Cue, "reported", s.Start, s.End));
        }
        // stable: joined speakers keep their order
        return rows.OrderBy(r => r.Start).ToList();
    }

    private static string Clean(string s) => s.Trim().TrimStart(',', ':', ' ').TrimEnd('.', ':', ';', ' ');

    private static int WordCount(string s) => s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}
