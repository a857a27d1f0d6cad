namespace NewsLens.Sentiment;

/// <summary>
/// The empirically derived constants of VADER: Hutto, C.J. &amp; Gilbert, E. (2014). "VADER: A Parsimonious
/// Rule-based Model for Sentiment Analysis of Social Media Text". ICWSM-14, pp. 216-225. The paper derives
/// each from pairwise human judgements of sentence variants (section "Heuristics"); values as published with
/// the authors' lexicon release.
/// </summary>
internal static class VaderConstants
{
    /// <summary>Increment a booster ("extremely", "very") adds to the intensity of the word it modifies
    /// (paper: degree modifiers change intensity by about 0.293 on the -4..4 scale).</summary>
    public const double BoosterIncrement = 0.293;

    /// <summary>Decrement a dampener ("slightly", "kind of") applies (negative of <see cref="BoosterIncrement"/>).</summary>
    public const double DampenerIncrement = -0.293;

    /// <summary>Multiplier a negator ("not", "isn't", "never") applies: flips the polarity and dampens it to
    /// 74% ("not good" is less negative than "bad" is).</summary>
    public const double NegationScalar = -0.74;

    /// <summary>Intensity added to a sentiment word written in ALL CAPS when the sentence is in mixed case
    /// ("GOOD" in "The food is GOOD").</summary>
    public const double CapsIncrement = 0.733;

    /// <summary>Intensity added per exclamation mark, up to <see cref="MaxExclamations"/>.</summary>
    public const double ExclamationIncrement = 0.292;

    /// <summary>Exclamation marks beyond this count add nothing more.</summary>
    public const int MaxExclamations = 4;

    /// <summary>Intensity added per question mark when a sentence has 2 or 3 of them.</summary>
    public const double QuestionIncrement = 0.18;

    /// <summary>Intensity added for 4 or more question marks (the cap).</summary>
    public const double QuestionCap = 0.96;

    /// <summary>Weight of sentiment before a contrastive "but".</summary>
    public const double BeforeButWeight = 0.5;

    /// <summary>Weight of sentiment after a contrastive "but" (the clause after it dominates).</summary>
    public const double AfterButWeight = 1.5;

    /// <summary>A modifier two tokens before the sentiment word counts 95% as much as an adjacent one.</summary>
    public const double SecondWordDecay = 0.95;

    /// <summary>A modifier three tokens before the sentiment word counts 90% as much as an adjacent one.</summary>
    public const double ThirdWordDecay = 0.90;

    /// <summary>"never so good" / "never this good" intensifies rather than negates (×1.25 as in the
    /// authors' current release; the 2014 release used 1.5).</summary>
    public const double NeverSoScalar = 1.25;

    /// <summary>Normalisation constant alpha in compound = x / sqrt(x² + alpha), which approximates the
    /// maximum expected value of the sum of valences.</summary>
    public const double NormalisationAlpha = 15.0;

    /// <summary>Window (in tokens) in which a preceding negator or booster modifies a sentiment word.</summary>
    public const int ModifierWindow = 3;
}
