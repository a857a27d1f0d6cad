using NewsLens.Text;

namespace NewsLens.Sentiment.Targeted;

/// <summary>
/// A sentence analysed once for all its target mentions: tokens, lower-cased forms, per-token VADER valence
/// (negation applied), cue kinds, quotations and the sentence-level VADER scores.
/// </summary>
internal sealed class TargetSentence
{
    private TargetSentence(string text, IReadOnlyList<Token> tokens)
    {
        Text = text;
        Tokens = tokens;
        int n = tokens.Count;
        Lower = new string[n];
        Stem = new string[n];
        IsWord = new bool[n];
        IsStopword = new bool[n];
        IsCapitalised = new bool[n];
        Valence = new double[n];
        Cue = new CueKind[n];
    }

    public string Text { get; }
    public IReadOnlyList<Token> Tokens { get; }
    public string[] Lower { get; }
    public string[] Stem { get; }
    public bool[] IsWord { get; }
    public bool[] IsStopword { get; }
    public bool[] IsCapitalised { get; }
    public double[] Valence { get; }
    public CueKind[] Cue { get; }
    public int FirstVerb { get; private set; } = -1;
    public IReadOnlyList<Quotation> Quotes { get; private set; } = [];
    public double QuotedValence { get; private set; }
    public SentimentScores Scores { get; private set; }

    public static TargetSentence Analyse(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var s = new TargetSentence(sentence, Tokenizer.Tokenize(sentence, splitPossessive: true));
        var lexicon = SentimentLexicon.Vader;
        var stop = Stopwords.English;
        int negatedUntil = -1;
        for (int i = 0; i < s.Tokens.Count; i++)
        {
            var t = s.Tokens[i];
            var lower = t.Text.ToLowerInvariant();
            s.Lower[i] = lower;
            s.Stem[i] = t.Kind == TokenKind.Word ? Porter2Stemmer.Stem(lower) : lower;
            s.IsWord[i] = t.Kind is TokenKind.Word or TokenKind.Number or TokenKind.Hashtag;
            s.IsStopword[i] = stop.Contains(lower);
            s.IsCapitalised[i] = t.Kind == TokenKind.Word && char.IsUpper(t.Text[0]);
            if (t.Kind == TokenKind.Word)
            {
                if (VaderWordLists.IsNegator(lower)) negatedUntil = i + 3;
                else if (lexicon.TryGetValence(lower, out double v))
                    s.Valence[i] = i <= negatedUntil ? v * -0.74 : v;
                s.Cue[i] = CueVerbs.Of(lower);
                if (s.FirstVerb < 0 && s.Cue[i] != CueKind.None) s.FirstVerb = i;
            }
        }
        s.Quotes = QuoteSpans.Find(sentence);
        double quoted = 0;
        for (int i = 0; i < s.Tokens.Count; i++)
            foreach (var q in s.Quotes)
                if (s.Tokens[i].Start >= q.Start && s.Tokens[i].End <= q.End) { quoted += s.Valence[i] / 4; break; }
        s.QuotedValence = quoted;
        s.Scores = SentimentAnalyzer.Vader.Score(sentence);
        return s;
    }

    /// <summary>The token range [start, end) overlapping the character span; an empty overlap gives the token at or after <paramref name="from"/>.</summary>
    public (int Start, int End) MentionTokens(int from, int to)
    {
        int start = -1, end = -1;
        for (int i = 0; i < Tokens.Count; i++)
        {
            var t = Tokens[i];
            if (t.End > from && t.Start < to)
            {
                if (start < 0) start = i;
                end = i + 1;
            }
        }
        if (start >= 0) return (start, end);
        int at = 0;
        while (at < Tokens.Count && Tokens[at].Start < from) at++;
        return (at, at); // whitespace-only span: no mention tokens
    }
}
