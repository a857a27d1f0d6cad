namespace NewsLens.Sentiment;

/// <summary>
/// The closed word classes VADER's heuristics use (Hutto &amp; Gilbert, ICWSM 2014, section "Heuristics"):
/// negators, degree modifiers (boosters and dampeners) and a few sentiment-laden idioms. Looked up ignoring case.
/// </summary>
internal static class VaderWordLists
{
    /// <summary>Words that negate the sentiment word within the next three tokens. Any token containing
    /// "n't" is treated as a negator as well (see <see cref="IsNegator"/>).</summary>
    public static readonly SpanTable<bool> Negators = Set(
        "not", "no-one", "never", "none", "nope", "nor", "nothing", "nowhere", "neither", "without", "rarely",
        "seldom", "despite", "uhuh", "uh-uh", "cannot",
        // contractions typed without the apostrophe
        "aint", "arent", "cant", "couldnt", "darent", "didnt", "doesnt", "dont", "hadnt", "hasnt", "havent",
        "isnt", "mightnt", "mustnt", "neednt", "oughtnt", "shant", "shouldnt", "wasnt", "werent", "wont", "wouldnt");

    /// <summary>Degree modifiers: +0.293 (boosters) or -0.293 (dampeners) on the word they precede.</summary>
    public static readonly SpanTable<double> DegreeModifiers = Modifiers(
        boosters:
        [
            "absolutely", "amazingly", "awfully", "completely", "considerable", "considerably", "decidedly", "deeply",
            "effing", "enormous", "enormously", "entirely", "especially", "exceptional", "exceptionally", "extreme",
            "extremely", "fabulously", "flipping", "flippin", "frackin", "fracking", "fricking", "frickin",
            "frigging", "friggin", "fully", "fuckin", "fucking", "fuggin", "fugging", "greatly", "hella", "highly",
            "hugely", "incredible", "incredibly", "intensely", "major", "majorly", "more", "most", "particularly",
            "purely", "quite", "really", "remarkably", "so", "substantially", "thoroughly", "total", "totally",
            "tremendous", "tremendously", "uber", "unbelievably", "unusually", "utter", "utterly", "very",
        ],
        dampeners:
        [
            "almost", "barely", "hardly", "kinda", "kindof", "kind-of", "less", "little", "marginal", "marginally",
            "occasional", "occasionally", "partly", "scarce", "scarcely", "slight", "slightly", "somewhat", "sorta",
            "sortof", "sort-of",
        ]);

    /// <summary>Sentiment-laden idioms whose meaning is not the sum of their words; they replace the
    /// lexicon valence of their words (valences on VADER's scale, from the authors' idiom list).</summary>
    public static readonly LexiconPhrase[] Idioms =
    [
        new(["the", "shit"], 3), new(["the", "bomb"], 3), new(["bad", "ass"], 1.5), new(["yeah", "right"], -2),
        new(["kiss", "of", "death"], -1.5), new(["to", "die", "for"], 3), new(["beating", "heart"], 3.1),
        new(["broken", "heart"], -2.9), new(["bus", "stop"], 0),
    ];

    /// <summary>True for a negator word or any token containing "n't" (also with a typographic apostrophe).</summary>
    public static bool IsNegator(ReadOnlySpan<char> token) =>
        Negators.Contains(token)
        || token.Contains("n't", StringComparison.OrdinalIgnoreCase)
        || token.Contains("n\u2019t", StringComparison.OrdinalIgnoreCase);

    private static SpanTable<bool> Set(params string[] words) =>
        new(words.ToDictionary(w => w, _ => true, StringComparer.OrdinalIgnoreCase));

    private static SpanTable<double> Modifiers(string[] boosters, string[] dampeners)
    {
        var d = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        foreach (var w in boosters) d[w] = VaderConstants.BoosterIncrement;
        foreach (var w in dampeners) d[w] = VaderConstants.DampenerIncrement;
        return new SpanTable<double>(d);
    }
}
