using System.Globalization;
using NewsLens.Text;

namespace NewsLens.Stance;

/// <summary>
/// Features of a (target, text) pair for <see cref="LinearStanceClassifier"/>, as name → value:
/// <list type="bullet">
/// <item>n-grams of the text: "w:" lower-cased Porter2 stems of word unigrams and "b:" bigrams (presence, 1);
/// the same unigrams again as "w-:" when the target's own polarity is negative, so the model can learn that
/// agreeing with a negative claim reads negative;</item>
/// <item>target-text relation: "rel:named" (a target term occurs), "rel:overlap" (share of the target's content
/// stems that occur in the text), "rel:overlap0" (none do);</item>
/// <item>lexicon: "lex:favor" and "lex:against" (summed cue weights), "lex:vader" (VADER compound of the text or
/// of the words near the target), "lex:target-vader", "lex:target-negative", "lex:score" (the
/// <see cref="LexiconStanceClassifier"/> score), "lex:negators" (number of negators), "ctx:quote" and "ctx:prior".</item>
/// </list>
/// </summary>
public static class StanceFeatures
{
    private static readonly HashSet<string> Negators = new(StringComparer.Ordinal) { "not", "no", "never", "cannot", "without", "nor" };

    /// <summary>The features of <paramref name="text"/> toward <paramref name="target"/>.</summary>
    public static List<KeyValuePair<string, double>> Extract(StanceTarget target, string text, StanceContext? context = null, LexiconStanceClassifier? lexicon = null)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(text);
        lexicon ??= LexiconStanceClassifier.Default;
        context ??= StanceContext.Empty;
        var f = new Dictionary<string, double>(StringComparer.Ordinal);
        var lex = lexicon.Score(target, text, context);
        var words = StanceCues.Words(text).Where(w => w is not ("," or ";" or ":")).Select(Porter2Stemmer.Stem).ToList();
        bool negativeTarget = lex.TargetPolarity < 0;
        string? prev = null;
        int negators = 0;
        foreach (var w in words)
        {
            f["w:" + w] = 1;
            if (negativeTarget) f["w-:" + w] = 1;
            f["b:" + (prev ?? "<s>") + "_" + w] = 1;
            prev = w;
            if (Negators.Contains(w) || w.EndsWith("n't", StringComparison.Ordinal)) negators++;
        }
        var targetStems = StanceCues.Words(target.Name).Where(w => w.Length > 2 && !Stopwords.English.Contains(w)).Select(Porter2Stemmer.Stem).ToHashSet(StringComparer.Ordinal);
        if (targetStems.Count > 0)
        {
            var textStems = words.ToHashSet(StringComparer.Ordinal);
            double overlap = targetStems.Count(textStems.Contains) / (double)targetStems.Count;
            f["rel:overlap"] = overlap;
            if (overlap == 0) f["rel:overlap0"] = 1;
        }
        if (lex.TargetNamed) f["rel:named"] = 1;
        f["lex:favor"] = lex.FavorCues;
        f["lex:against"] = lex.AgainstCues;
        f["lex:vader"] = lex.Vader;
        f["lex:target-vader"] = lexicon.Sentiment.Score(target.Name).Compound;
        if (negativeTarget) f["lex:target-negative"] = 1;
        f["lex:score"] = Math.Tanh(lex.Total / 2);
        f["lex:negators"] = negators;
        if (context.IsQuote) f["ctx:quote"] = 1;
        if (context.SpeakerPrior != 0) f["ctx:prior"] = context.SpeakerPrior;
        return f.Where(kv => kv.Value != 0).OrderBy(kv => kv.Key, StringComparer.Ordinal).ToList();
    }

    /// <summary>A feature's value formatted for cue lists ("lex:vader=0.42").</summary>
    internal static string Describe(string name, double weight) => string.Create(CultureInfo.InvariantCulture, $"{name}({weight:+0.00;-0.00})");
}
