using static NewsLens.Sentiment.VaderConstants;

namespace NewsLens.Sentiment;

/// <summary>
/// Applies VADER's word-level heuristics (Hutto &amp; Gilbert, ICWSM 2014, section "Heuristics") to the
/// tokens of one sentence, producing each token's adjusted valence (0 for tokens without sentiment).
/// </summary>
internal readonly ref struct SentenceScorer
{
    private static readonly SpanTable<LexiconPhrase[]> Idioms = LexiconPhrase.IndexByFirstWord(VaderWordLists.Idioms);

    private readonly string _text;
    private readonly ReadOnlySpan<TokenSpan> _tokens;
    private readonly SentimentLexicon _lexicon;

    /// <summary>True when some but not all tokens are in ALL CAPS: only then is capitalisation emphasis.</summary>
    private readonly bool _capsDifferential;

    public SentenceScorer(string text, ReadOnlySpan<TokenSpan> tokens, SentimentLexicon lexicon)
    {
        _text = text;
        _tokens = tokens;
        _lexicon = lexicon;
        int caps = 0;
        for (int i = 0; i < tokens.Length; i++)
            if (IsAllCaps(Token(i))) caps++;
        _capsDifferential = caps > 0 && caps < tokens.Length;
    }

    /// <summary>Fills <paramref name="valences"/> (one per token) with the adjusted valences.</summary>
    public void ScoreTokens(Span<double> valences)
    {
        valences.Clear();
        int n = _tokens.Length;
        for (int i = 0; i < n; i++)
        {
            var token = Token(i);
            // Degree modifiers carry no sentiment themselves: they act on the word they precede.
            if (VaderWordLists.DegreeModifiers.Contains(token)) continue;
            // "kind of"/"sort of" is a dampener, so "kind" is not the positive adjective here.
            if ((Is(i, "kind") || Is(i, "sort")) && i + 1 < n && Is(i + 1, "of")) continue;

            int phraseLength = MatchPhrase(i, out double valence);
            if (phraseLength == 0 && !_lexicon.TryGetValence(token, out valence)) continue;
            valences[i] = Adjust(i, valence);
            if (phraseLength > 1) i += phraseLength - 1; // the phrase's other words carry no valence of their own
        }
        ApplyContrastiveBut(valences);
    }

    /// <summary>The valence of the sentiment word (or phrase start) at <paramref name="i"/> after the heuristics.</summary>
    private double Adjust(int i, double lexiconValence)
    {
        int n = _tokens.Length;
        double v = lexiconValence;

        // "no" is in the lexicon (negative), but as a determiner before a sentiment word it carries none:
        // "no good" is scored through the negation of "good" instead. A sentiment word within three tokens
        // after "no" is negated ("no problem", "no real problem", "no love or hate"); this rule is the
        // authors' current release's, not the paper's. Repeated "no no no" is emphatic refusal: each "no"
        // keeps its own valence, as in the 2014 script that produced the paper's figures (it has no "no"
        // rule; "no" is a lexicon word). The current release, applied literally, negates a "no" that follows
        // another "no" and makes "NO NO NO" positive, against its own comment ("no" negating an adjacent
        // lexicon item versus "no" as a stand-alone lexicon item).
        bool isNo = Is(i, "no");
        if (isNo && i + 1 < n && !Is(i + 1, "no") && _lexicon.Contains(Token(i + 1))) v = 0;
        if (!isNo && ((i > 0 && Is(i - 1, "no")) || (i > 1 && Is(i - 2, "no"))
            || (i > 2 && Is(i - 3, "no") && (Is(i - 1, "or") || Is(i - 1, "nor")))))
            v = lexiconValence * NegationScalar;

        // Heuristic 2, capitalisation: an ALL-CAPS sentiment word in a mixed-case sentence gains 0.733.
        if (_capsDifferential && v != 0 && IsAllCaps(Token(i)))
            v += v > 0 ? CapsIncrement : -CapsIncrement;

        // Heuristics 3 and 5 on the three preceding tokens: degree modifiers (decaying with distance) and
        // negation. A preceding word that is itself in the lexicon is scored on its own, not as a modifier,
        // but the window reaches past it, so negation spreads over a list ("not smart, handsome, nor funny").
        // Every negator in the window flips the polarity: the paper's rule is that a negation in the tri-gram
        // before a sentiment word "flips the polarity" (Hutto & Gilbert 2014, heuristic 5), and the authors'
        // engine - the 2014 script that produced the paper's figures and the current release - tests each of
        // the three positions on its own, so two negators flip twice ("nothing if not sincere" is positive).
        for (int d = 1; d <= ModifierWindow && i - d >= 0; d++)
        {
            if (_lexicon.Contains(Token(i - d))) continue;
            double s = ModifierIncrement(i - d, v);
            if (d == 2) s *= SecondWordDecay;
            else if (d == 3) s *= ThirdWordDecay;
            v += s;
            v = Negate(i, d, v);
        }

        // "least" negates ("the least funny"), except in "at least" and "very least".
        if (i > 0 && Is(i - 1, "least") && !_lexicon.Contains(Token(i - 1))
            && (i == 1 || !(Is(i - 2, "at") || Is(i - 2, "very"))))
            v *= NegationScalar;
        return v;
    }

    /// <summary>The increment a degree modifier at <paramref name="j"/> gives a word of valence <paramref name="v"/>:
    /// ±0.293 away from zero for boosters, towards zero for dampeners, plus 0.733 if the modifier is in caps.</summary>
    private double ModifierIncrement(int j, double v)
    {
        if (!VaderWordLists.DegreeModifiers.TryGetValue(Token(j), out double scalar))
        {
            if (Is(j, "of") && j > 0 && (Is(j - 1, "kind") || Is(j - 1, "sort"))) scalar = DampenerIncrement;
            else return 0;
        }
        if (v < 0) scalar = -scalar;
        if (_capsDifferential && IsAllCaps(Token(j)))
            scalar += v < 0 ? -CapsIncrement : CapsIncrement;
        return scalar;
    }

    /// <summary>Negation by the token <paramref name="d"/> places before the sentiment word at <paramref name="i"/>:
    /// multiply by -0.74; but "never so/this good" intensifies (×1.25) and "without doubt" does not negate.
    /// The authors' code, through operator precedence in this check, also multiplies by 1.25 any word right
    /// after "so" or "this" when there is no "never"; its comment ("special use of 'never' as valence modifier
    /// instead of negation") says the check is for "never", so only "never so/this" gets the factor here.</summary>
    private double Negate(int i, int d, double v)
    {
        int j = i - d;
        if (d >= 2 && Is(j, "never") && (IsSoOrThis(i - 1) || (d == 3 && IsSoOrThis(i - 2))))
            return v * NeverSoScalar;
        if (d >= 2 && Is(j, "without") && (Is(i - 1, "doubt") || (d == 3 && Is(i - 2, "doubt"))))
            return v;
        return VaderWordLists.IsNegator(Token(j)) ? v * NegationScalar : v;
    }

    /// <summary>Heuristic 4, contrastive conjunction: sentiment before the first "but" counts half,
    /// after it one and a half times.</summary>
    private void ApplyContrastiveBut(Span<double> valences)
    {
        int but = -1;
        for (int i = 0; i < _tokens.Length; i++)
            if (Is(i, "but")) { but = i; break; }
        if (but < 0) return;
        for (int i = 0; i < valences.Length; i++)
        {
            if (i < but) valences[i] *= BeforeButWeight;
            else if (i > but) valences[i] *= AfterButWeight;
        }
    }

    /// <summary>Length of the idiom or multi-word lexicon entry starting at token <paramref name="i"/> (0 if none).</summary>
    private int MatchPhrase(int i, out double valence)
    {
        var first = Token(i);
        if (Idioms.TryGetValue(first, out var idioms) && Match(i, idioms, out valence, out int length)) return length;
        if (_lexicon.Phrases.Count > 0 && _lexicon.Phrases.TryGetValue(first, out var phrases) && Match(i, phrases, out valence, out length)) return length;
        valence = 0;
        return 0;
    }

    private bool Match(int i, LexiconPhrase[] candidates, out double valence, out int length)
    {
        foreach (var p in candidates)
        {
            if (i + p.Words.Length > _tokens.Length) continue;
            bool all = true;
            for (int k = 1; k < p.Words.Length && all; k++) all = Is(i + k, p.Words[k]);
            if (!all) continue;
            valence = p.Valence;
            length = p.Words.Length;
            return true;
        }
        valence = 0;
        length = 0;
        return false;
    }

    private ReadOnlySpan<char> Token(int i) => _text.AsSpan(_tokens[i].Start, _tokens[i].Length);

    private bool Is(int i, string word) => Token(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    private bool IsSoOrThis(int i) => Is(i, "so") || Is(i, "this");

    /// <summary>True when the token has an upper-case letter and no lower-case one ("GOOD", "A+").</summary>
    internal static bool IsAllCaps(ReadOnlySpan<char> token)
    {
        bool upper = false;
        foreach (char c in token)
        {
            if (char.IsLower(c)) return false;
            if (char.IsUpper(c)) upper = true;
        }
        return upper;
    }
}
