using System.Globalization;
using NewsLens.Sentiment;

namespace NewsLens.Stance;

/// <summary>
/// Stance by rule, no training needed (the default classifier). A sentence's score is
/// <list type="number">
/// <item>the sum of its stance cues' weights (<see cref="StanceCues"/>: support phrases positive, opposition
/// negative; a negator in the three words before a cue flips it),</item>
/// <item>plus <see cref="SentimentWeight"/> × the VADER compound of the words near the target: the text within
/// <see cref="Window"/> words of each term match (the term itself left out), or the whole sentence when no term
/// matches,</item>
/// <item>plus <see cref="PriorWeight"/> × the speaker's prior lean (<see cref="StanceContext.SpeakerPrior"/>: what
/// the same speaker said about the target before in the article).</item>
/// </list>
/// When the sentence does not name the target, the score is read relative to the target's own polarity:
/// <list type="bullet">
/// <item>a target given as a sentence (<see cref="IsSentenceTarget"/>: a debate motion or a claim, as in stance
/// data sets) goes to the motion reading of Bar-Haim et al. (EACL 2017): the motion's polarity from its
/// operators (<see cref="MotionLexicon"/>: "would ban X" −, "X is justified" +), the relation between the text and
/// the motion's action, and the text's polarity with Suppress operators reversing their object ("reduces crime"
/// reads positive); see <see cref="ClaimScorer"/>;</item>
/// <item>any other target (the news setting: a name and terms, or a short name) keeps the sign of its name's cues and VADER
/// score (<see cref="TargetPolarity"/>: positive or neutral +1, negative −1), multiplied into the sentence's
/// cue and VADER score.</item>
/// </list>
/// Either way agreeing with a negative target ("X is child abuse") with a negative sentence counts as favor.
/// Label: Favor when score ≥ <see cref="Threshold"/>, Against when ≤ −<see cref="Threshold"/>, Neutral between;
/// lean = tanh(score / 2), confidence = |lean| (1 − |lean| for Neutral).
/// </summary>
public sealed class LexiconStanceClassifier : IStanceClassifier
{
    /// <summary>Weight of the target-directed VADER compound.</summary>
    public const double SentimentWeight = 1.5;

    /// <summary>Weight of the speaker's prior lean.</summary>
    public const double PriorWeight = 0.5;

    /// <summary>Words either side of a term match that count as "near the target".</summary>
    public const int Window = 8;

    /// <summary>Absolute score below which the verdict is Neutral.</summary>
    public const double Threshold = 0.5;

    /// <summary>A classifier with NewsLens's English cues (<see cref="StanceCues.English"/>) and VADER.</summary>
    public LexiconStanceClassifier() : this(StanceCues.English, SentimentAnalyzer.Vader) { }

    /// <summary>A classifier with the given cues and sentiment analyser, and NewsLens's English motion operators.</summary>
    public LexiconStanceClassifier(StanceCues cues, SentimentAnalyzer sentiment) : this(cues, sentiment, MotionLexicon.English) { }

    /// <summary>A classifier with the given cues, sentiment analyser and motion operators.</summary>
    public LexiconStanceClassifier(StanceCues cues, SentimentAnalyzer sentiment, MotionLexicon motions)
    {
        Cues = cues ?? throw new ArgumentNullException(nameof(cues));
        Sentiment = sentiment ?? throw new ArgumentNullException(nameof(sentiment));
        Motions = motions ?? throw new ArgumentNullException(nameof(motions));
    }

    /// <summary>The shared default instance.</summary>
    public static LexiconStanceClassifier Default { get; } = new();

    /// <summary>The cue lexicon.</summary>
    public StanceCues Cues { get; }

    /// <summary>The sentiment analyser for target-directed sentiment.</summary>
    public SentimentAnalyzer Sentiment { get; }

    /// <summary>The motion operators that read a sentence target's polarity.</summary>
    public MotionLexicon Motions { get; }

    /// <inheritdoc />
    public string Name => "lexicon";

    /// <inheritdoc />
    public StanceDecision Classify(StanceTarget target, string sentence, StanceContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(sentence);
        var parts = Score(target, sentence, context ?? StanceContext.Empty);
        double score = parts.Total;
        double lean = Math.Tanh(score / 2);
        var label = score >= Threshold ? StanceLabel.Favor : score <= -Threshold ? StanceLabel.Against : StanceLabel.Neutral;
        double confidence = label == StanceLabel.Neutral ? 1 - Math.Abs(lean) : Math.Abs(lean);
        return new StanceDecision(label, confidence, lean, parts.Cues);
    }

    /// <summary>The parts of the score (also the lexicon features of the linear model).</summary>
    internal LexiconScore Score(StanceTarget target, string sentence, StanceContext context)
    {
        if (IsSentenceTarget(target) && !target.Matches(sentence)) return ClaimScorer.Score(this, target.Name, sentence, context);
        var cues = new List<string>();
        var matches = Cues.Match(StanceCues.Words(sentence));
        double cueSum = 0, favorCues = 0, againstCues = 0;
        foreach (var m in matches)
        {
            cueSum += m.Weight;
            if (m.Weight > 0) favorCues += m.Weight; else againstCues -= m.Weight;
            cues.Add(m.Text);
        }
        var spans = target.FindMatches(sentence);
        bool named = spans.Count > 0;
        double vader = named ? NearTargetSentiment(sentence, spans) : Sentiment.Score(sentence).Compound;
        if (vader != 0) cues.Add(string.Create(CultureInfo.InvariantCulture, $"vader:{vader:0.00}"));
        double polarity = 1;
        if (!named)
        {
            polarity = TargetPolarity(target);
            if (polarity < 0) cues.Add("target:negative");
        }
        double prior = context.SpeakerPrior;
        if (prior != 0) cues.Add(string.Create(CultureInfo.InvariantCulture, $"speaker-prior:{prior:0.00}"));
        double total = polarity * (cueSum + SentimentWeight * vader) + PriorWeight * prior;
        return new LexiconScore(total, cueSum, favorCues, againstCues, vader, polarity, named, cues);
    }

    /// <summary>Words from which a target given by its name alone is read as a sentence (a motion or a claim).</summary>
    public const int SentenceWords = 4;

    /// <summary>
    /// True when the target is given as a sentence: its one term is its name (<see cref="StanceTarget.FromName"/>)
    /// and the name has at least <see cref="SentenceWords"/> words or contains a motion operator ("Abolish the
    /// monarchy"). A short name without terms ("Russian aggression", "S-400") and any target with its own terms
    /// stay in the news reading.
    /// </summary>
    public bool IsSentenceTarget(StanceTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (target.Terms.Count != 1 || !string.Equals(target.Terms[0], target.Name, StringComparison.Ordinal)) return false;
        return StanceCues.Words(target.Name).Count(w => w is not ("," or ";" or ":")) >= SentenceWords
            || Motions.Read(target.Name).Operators.Count > 0;
    }

    /// <summary>+1 when the target's name reads positive or neutral, −1 when negative (cues plus VADER).</summary>
    public double TargetPolarity(StanceTarget target)
    {
        double s = Cues.Match(StanceCues.Words(target.Name)).Sum(m => m.Weight) + SentimentWeight * Sentiment.Score(target.Name).Compound;
        return s < -Threshold ? -1 : 1;
    }

    private double NearTargetSentiment(string sentence, IReadOnlyList<(int Start, int End)> spans)
    {
        double sum = 0;
        foreach (var (start, end) in spans)
        {
            int from = WordsBack(sentence, start, Window);
            int to = WordsForward(sentence, end, Window);
            var window = sentence[from..start] + " " + sentence[end..to];
            sum += Sentiment.Score(window).Compound;
        }
        return sum / spans.Count;
    }

    private static int WordsBack(string s, int i, int n)
    {
        while (i > 0 && n > 0)
        {
            i--;
            if (char.IsWhiteSpace(s[i]) && i > 0 && !char.IsWhiteSpace(s[i - 1])) n--;
        }
        return n == 0 ? i + 1 : 0;
    }

    private static int WordsForward(string s, int i, int n)
    {
        while (i < s.Length && n > 0)
        {
            if (char.IsWhiteSpace(s[i]) && i + 1 < s.Length && !char.IsWhiteSpace(s[i + 1])) n--;
            i++;
        }
        return n == 0 ? i - 1 : s.Length;
    }
}

/// <summary>The parts of a lexicon stance score.</summary>
internal sealed record LexiconScore(double Total, double CueSum, double FavorCues, double AgainstCues, double Vader,
    double TargetPolarity, bool TargetNamed, List<string> Cues);
