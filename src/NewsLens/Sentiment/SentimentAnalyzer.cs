using System.Buffers;
using static NewsLens.Sentiment.VaderConstants;

namespace NewsLens.Sentiment;

/// <summary>
/// Rule-based sentence sentiment in the VADER tradition, written from the description in Hutto, C.J. &amp;
/// Gilbert, E. (2014), "VADER: A Parsimonious Rule-based Model for Sentiment Analysis of Social Media Text",
/// ICWSM-14. Each token's lexicon valence is adjusted by the paper's heuristics - negation, degree
/// modifiers, ALL-CAPS emphasis, contrastive "but", "least", idioms - the adjusted valences are summed,
/// punctuation emphasis (! and ?) is added and the sum is normalised into a compound score in [-1, 1].
/// Thread-safe; any <see cref="SentimentLexicon"/> can stand in for VADER's own.
/// </summary>
public sealed class SentimentAnalyzer
{
    /// <summary>Compound score at or above which a sentence is <see cref="SentimentLabel.Positive"/> (VADER's documented threshold).</summary>
    public const double PositiveThreshold = 0.05;

    /// <summary>Compound score at or below which a sentence is <see cref="SentimentLabel.Negative"/> (VADER's documented threshold).</summary>
    public const double NegativeThreshold = -0.05;

    private static readonly Lazy<SentimentAnalyzer> VaderLazy = new(() => new SentimentAnalyzer(SentimentLexicon.Vader));

    /// <summary>An analyser scoring with the given lexicon.</summary>
    public SentimentAnalyzer(SentimentLexicon lexicon)
    {
        Lexicon = lexicon ?? throw new ArgumentNullException(nameof(lexicon));
    }

    /// <summary>The analyser with the VADER lexicon.</summary>
    public static SentimentAnalyzer Vader => VaderLazy.Value;

    /// <summary>The lexicon that supplies word valences.</summary>
    public SentimentLexicon Lexicon { get; }

    /// <summary>Maps a compound score to a label: &gt;= 0.05 positive, &lt;= -0.05 negative, otherwise neutral.</summary>
    public static SentimentLabel Classify(double compound) =>
        compound >= PositiveThreshold ? SentimentLabel.Positive
        : compound <= NegativeThreshold ? SentimentLabel.Negative
        : SentimentLabel.Neutral;

    /// <summary>Labels scores by their compound (see <see cref="Classify(double)"/>).</summary>
    public static SentimentLabel Classify(SentimentScores scores) => Classify(scores.Compound);

    /// <summary>Scores a sentence and labels it by its compound (see <see cref="Classify(double)"/>).</summary>
    public SentimentLabel Classify(string sentence) => Classify(Score(sentence).Compound);

    /// <summary>
    /// The document's mean compound score over its sentences (split by <see cref="NewsLens.Text.SentenceSplitter"/>);
    /// 0 for a text without sentences.
    /// </summary>
    public double ScoreDocument(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        double sum = 0;
        int n = 0;
        foreach (var sentence in NewsLens.Text.SentenceSplitter.Split(text))
        {
            sum += Score(sentence.Text).Compound;
            n++;
        }
        return n == 0 ? 0 : sum / n;
    }

    /// <summary>Scores one sentence.</summary>
    public SentimentScores Score(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        string text = EmojiDescriptions.Replace(sentence);
        var tokenPool = ArrayPool<TokenSpan>.Shared.Rent(text.Length / 2 + 1);
        try
        {
            int n = VaderTokenizer.Tokenize(text, Lexicon, tokenPool);
            if (n == 0) return default;
            var valencePool = ArrayPool<double>.Shared.Rent(n);
            try
            {
                var valences = valencePool.AsSpan(0, n);
                new SentenceScorer(text, tokenPool.AsSpan(0, n), Lexicon).ScoreTokens(valences);
                return Combine(valences, PunctuationEmphasis(text));
            }
            finally { ArrayPool<double>.Shared.Return(valencePool); }
        }
        finally { ArrayPool<TokenSpan>.Shared.Return(tokenPool); }
    }

    /// <summary>
    /// The tokens of a sentence with the valence each contributed (what <see cref="Score(string)"/> sums
    /// before adding punctuation emphasis and normalising): for inspecting why a sentence scored as it did.
    /// Allocates a string per token; use <see cref="Score(string)"/> for bulk scoring.
    /// </summary>
    public IReadOnlyList<TokenValence> ScoreTokens(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        string text = EmojiDescriptions.Replace(sentence);
        var tokens = new TokenSpan[text.Length / 2 + 1];
        int n = VaderTokenizer.Tokenize(text, Lexicon, tokens);
        var valences = new double[n];
        new SentenceScorer(text, tokens.AsSpan(0, n), Lexicon).ScoreTokens(valences);
        var result = new TokenValence[n];
        for (int i = 0; i < n; i++) result[i] = new TokenValence(text.Substring(tokens[i].Start, tokens[i].Length), valences[i]);
        return result;
    }

    /// <summary>Emphasis from punctuation (paper, heuristic 1): each '!' adds 0.292 up to four; two or three
    /// '?' add 0.18 each, four or more add 0.96.</summary>
    private static double PunctuationEmphasis(string text)
    {
        int exclamations = 0, questions = 0;
        foreach (char c in text)
        {
            if (c == '!') exclamations++;
            else if (c == '?') questions++;
        }
        double emphasis = Math.Min(exclamations, MaxExclamations) * ExclamationIncrement;
        if (questions > 1) emphasis += questions <= 3 ? questions * QuestionIncrement : QuestionCap;
        return emphasis;
    }

    /// <summary>Sums the token valences, adds punctuation emphasis in the direction of the sum, normalises,
    /// and computes the positive/neutral/negative shares.</summary>
    private static SentimentScores Combine(ReadOnlySpan<double> valences, double emphasis)
    {
        double sum = 0, pos = 0, neg = 0;
        int neutral = 0;
        foreach (double v in valences)
        {
            sum += v;
            // Shares: each sentiment-bearing token counts its intensity plus one, a neutral token counts one,
            // so a word's weight is comparable with the neutral words it displaces (VADER's release does this).
            if (v > 0) pos += v + 1;
            else if (v < 0) neg += -v + 1;
            else neutral++;
        }
        if (sum > 0) sum += emphasis;
        else if (sum < 0) sum -= emphasis;
        double compound = Normalise(sum);

        if (pos > neg) pos += emphasis;
        else if (neg > pos) neg += emphasis;
        double total = pos + neg + neutral;
        return total == 0
            ? new SentimentScores(compound, 0, 0, 0)
            : new SentimentScores(compound, pos / total, neutral / total, neg / total);
    }

    /// <summary>compound = x / sqrt(x² + alpha), alpha = 15, clamped to [-1, 1].</summary>
    internal static double Normalise(double x) => Math.Clamp(x / Math.Sqrt(x * x + NormalisationAlpha), -1.0, 1.0);
}
