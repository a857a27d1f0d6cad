using System.Text.RegularExpressions;
using NewsLens.Corpora;
using NewsLens.Stance;
using NewsLens.Text;

namespace NewsLens.Actors;

/// <summary>
/// Who said what. Direct quotations are the quotation spans of <see cref="QuoteSpans"/> (straight and typographic
/// marks, quotations running over several paragraphs) with the speaker found by <see cref="QuoteAttribution"/>;
/// reported speech is a sentence whose unquoted text has a reporting cue ("X said that …", "according to X",
/// "X told CNN …", "X warned …") and a speaker found by <see cref="QuoteAttribution.ReportedSpeaker"/>. Speakers are
/// mapped to recognised actors with <see cref="QuotesSpeakerResolver"/>. Unattributed quotations of fewer than
/// <see cref="MinUnattributedWords"/> words (scare quotes, titles) are left out.
/// </summary>
public static partial class QuoteExtraction
{
    /// <summary>Unattributed quotations shorter than this (in words) are not reported.</summary>
    public const int MinUnattributedWords = 4;

    [GeneratedRegex(@"\b(according to|said|says|told|tells|warned|warns|added|adds|insisted|insists|stressed|argued|argues|claimed|claims|stated|explained|noted|wrote|tweeted|cautioned|declared|announced|asserted|acknowledged|admitted|suggested|urged|confirmed|predicted|complained|described|accused|replied|responded|saying)\b(\s+that\b)?", RegexOptions.CultureInvariant)]
    private static partial Regex CueRegex();

    /// <summary>The direct and reported quotations of <paramref name="documents"/>, in document and text order.</summary>
    /// <param name="documents">The documents.</param>
    /// <param name="recognizer">Actor recognizer used to map speakers to actors (default: the bundled dictionary).</param>
    public static QuotesTable Find(IEnumerable<Document> documents, ActorRecognizer? recognizer = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        recognizer ??= new ActorRecognizer(ActorDictionary.Default);
        var rows = new List<QuoteRow>();
        foreach (var doc in documents) rows.AddRange(FindIn(doc, recognizer));
        return new QuotesTable(rows);
    }

    /// <summary>The direct and reported quotations of one document, in text order.</summary>
    /// <param name="document">The document.</param>
    /// <param name="recognizer">Actor recognizer used to map speakers to actors.</param>
    public static IReadOnlyList<QuoteRow> FindIn(Document document, ActorRecognizer recognizer)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(recognizer);
        var text = document.Text;
        var mentions = recognizer.Find(document);
        var attributed = QuoteAttribution.Attribute(text);
        var quotes = attributed.Select(a => a.Quote).ToList();
        var sentences = SentenceSplitter.Split(text);
        string? Resolve(string? raw) => raw is null ? null : QuotesSpeakerResolver.Resolve(raw, mentions, recognizer.Dictionary) ?? raw;
        var rows = new List<QuoteRow>();
        foreach (var a in attributed)
        {
            if (a.Quote.Content.Length == 0) continue;
            if (a.Speaker is null && WordCount(a.Quote.Content) < MinUnattributedWords) continue;
            var hosts = sentences.Where(s => s.Start < a.Quote.End && s.End > a.Quote.Start).ToList();
            string? cue = a.Rule == "cited" ? "cited … as saying" : null;
            if (cue is null && hosts.Count > 0) cue = FirstCue(Masked(text, hosts[0].Start, hosts[^1].End, quotes))?.Cue;
            rows.Add(new QuoteRow(document.Id, Resolve(a.Speaker), a.Speaker, a.Quote.Content, cue, "direct", a.Quote.Start, a.Quote.End));
        }
        foreach (var s in sentences)
        {
            int quoted = quotes.Sum(q => Math.Max(0, Math.Min(q.End, s.End) - Math.Max(q.Start, s.Start)));
            if (quoted * 2 >= s.End - s.Start) continue; // a direct quotation with its attribution
            var masked = Masked(text, s.Start, s.End, quotes);
            if (FirstCue(masked) is not { } found) continue;
            var speaker = QuoteAttribution.ReportedSpeaker(text, s.Start, s.End, quotes, attributed);
            if (speaker is null) continue;
            var rest = s.Text[found.End..].Trim().TrimStart(',', ':', ' ').TrimEnd('.', ' ');
            var said = found.Cue != "according to" && WordCount(rest) >= MinUnattributedWords ? rest : s.Text.Trim();
            rows.Add(new QuoteRow(document.Id, Resolve(speaker), speaker, said, found.Cue, "reported", s.Start, s.End));
        }
        rows.Sort((x, y) => x.Start.CompareTo(y.Start));
        return rows;
    }

    // The first reporting cue; a verb with a reflexive object ("Turkey has declared itself an enemy of NATO")
    // describes what someone did or is, not what they said, and is skipped.
    private static (string Cue, int End)? FirstCue(string masked)
    {
        for (var m = CueRegex().Match(masked); m.Success; m = m.NextMatch())
            if (!ReflexiveRegex().IsMatch(masked, m.Index + m.Length)) return (m.Groups[1].Value, m.Index + m.Length);
        return null;
    }

    [GeneratedRegex(@"\G\s+(itself|himself|herself|themselves|ourselves|myself|yourself)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ReflexiveRegex();

    // The span with quoted text blanked out (same length), so cues inside quotations are not matched.
    private static string Masked(string text, int from, int to, IReadOnlyList<Quotation> quotes)
    {
        var chars = text[from..to].ToCharArray();
        foreach (var q in quotes)
            for (int i = Math.Max(q.Start, from); i < Math.Min(q.End, to); i++) chars[i - from] = ' ';
        return new string(chars);
    }

    private static int WordCount(string s) => s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}
