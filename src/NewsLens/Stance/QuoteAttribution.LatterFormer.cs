using NewsLens.Text;

namespace NewsLens.Stance;

// "the latter claims …", "the former said …": the second or first of a pair of speakers named just before.
public static partial class QuoteAttribution
{
    // Prepositions of place after which a name is a place, not a party to the pair ("met Putin in Sochi").
    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.Ordinal)
    {
        "in", "at", "near", "outside", "inside", "into", "across",
    };

    /// <summary>
    /// The speaker "the latter" or "the former" (the "the" at token <paramref name="the"/>) refers to: the second or the first
    /// of the two actors named in the same sentence before it, else of those named in the previous sentence ("Erdogan met
    /// Putin in Sochi. The latter said …" → Putin). "Former" and "latter" presuppose a pair, so a sentence that names one
    /// actor or more than two gives no antecedent and the search moves on (or gives nothing). Actors are names, institutions
    /// and organisations outside quotations, not places ("in Sochi").
    /// </summary>
    private static string? LatterOrFormer(string text, List<Token> toks, int the)
    {
        if (the + 1 >= toks.Count || toks[the].Text is not ("the" or "The") || toks[the + 1].Text is not ("latter" or "former")) return null;
        bool latter = toks[the + 1].Text == "latter";
        int pos = toks[the].Start;
        int sentence = SentenceStart(text, pos);
        var quotes = QuoteSpans.Find(text);
        var pair = NamedActors(text, sentence, pos, quotes);
        if (pair.Count != 2)
        {
            int end = sentence - 1; // back over the previous sentence's full stop and the space after it
            while (end >= 0 && (char.IsWhiteSpace(text[end]) || text[end] is '.' or '!' or '?')) end--;
            pair = end < 0 ? [] : NamedActors(text, SentenceStart(text, end + 1), end + 1, quotes);
        }
        return pair.Count == 2 ? pair[latter ? 1 : 0] : null;
    }

    // The offset just past the last ".", "!", "?" or line end before pos.
    private static int SentenceStart(string text, int pos)
    {
        int i = pos - 1;
        while (i >= 0 && text[i] is not ('.' or '!' or '?' or '\n')) i--;
        return i + 1;
    }

    /// <summary>The distinct actors named in [from, to) in text order (names, institutions, organisations; no places).</summary>
    private static List<string> NamedActors(string text, int from, int to, IReadOnlyList<Quotation> quotes)
    {
        var toks = MaskedTokens(text, from, to, quotes);
        var names = new List<string>();
        for (int k = 0; k < toks.Count; k++)
        {
            if (!IsCapitalised(toks[k].Text) || (k > 0 && IsCapitalised(toks[k - 1].Text))) continue;
            if ((k > 0 && PlacePrepositions.Contains(toks[k - 1].Text)) || (k > 1 && toks[k - 1].Text == "the" && PlacePrepositions.Contains(toks[k - 2].Text))) continue;
            var name = OrganisationRunAfter(toks, k) ?? NameAt(toks, k, out _);
            if (name is null || (k == 0 && IsSentenceOpener(name))) continue;
            if (!names.Any(n => SpeakerNames.DefaultActorKey(n) == SpeakerNames.DefaultActorKey(name))) names.Add(name);
        }
        return names;
    }

    // A capitalised word opening a sentence that is no name ("Meanwhile", "Speaking at …").
    private static bool IsSentenceOpener(string word) =>
        !word.Contains(' ') && (LeadIns.Contains(word) || Adverbs.Contains(word) || word.EndsWith("ing", StringComparison.Ordinal));
}
