using System.Globalization;
using NewsLens.Sentiment;

namespace NewsLens.Stance;

/// <summary>
/// The stance of a text toward a target given as a sentence (a debate motion or a claim, as in IBM Claim Stance
/// and Perspectrum) that the text does not repeat. After Bar-Haim et al., "Stance Classification of
/// Context-Dependent Claims" (EACL 2017): stance = the text's sentiment × the motion's sentiment toward its
/// target × the relation between the two targets, approximated without training:
/// <list type="number">
/// <item>motion polarity: <see cref="MotionLexicon.Read"/> (±1, the product of the motion's operator signs);</item>
/// <item>relation: when the text speaks of the motion's own action (a form of its last action operator: "the ban"
/// for "would prohibit X"), the text's sentiment is taken as sentiment toward the action and is multiplied by
/// <see cref="MotionReading.PolarityTowardAction"/> instead (contrastive targets); otherwise the targets are
/// taken as consistent;</item>
/// <item>text polarity: the stance cues plus <see cref="LexiconStanceClassifier.SentimentWeight"/> × the VADER
/// compound, where a Suppress operator ("reduces", "prevents", "bans") reverses the sentiment of what it
/// applies to: the words after it up to and including the first word with a lexicon valence (at most four, not
/// past punctuation or a conjunction) are scored apart and their sentiment and cues subtracted, and the operator's
/// own cue and valence left out ("reduces crime" reads positive, "restricts freedom" negative). The motion's
/// action is not reversed when the text speaks of it (point 2).</item>
/// </list>
/// </summary>
internal static class ClaimScorer
{
    private const int ScopeWords = 4;

    private static readonly HashSet<string> ScopeEnds = new(StringComparer.Ordinal)
    {
        ",", ";", ":", "and", "or", "but", "while", "whereas", "which", "who", "that", "because", "as", "so",
    };

    /// <summary>Scores <paramref name="text"/> against the sentence target <paramref name="motion"/>.</summary>
    public static LexiconScore Score(LexiconStanceClassifier c, string motion, string text, StanceContext context)
    {
        var reading = c.Motions.Read(motion);
        var cues = new List<string>();
        var words = StanceCues.Words(text);
        bool aboutAction = reading.Action is not null && c.Motions.Mentions(text, reading.Action.Concept);
        int polarity = aboutAction ? reading.PolarityTowardAction : reading.Polarity;
        cues.Add(string.Create(CultureInfo.InvariantCulture, $"motion:{(reading.Polarity > 0 ? "+" : "-")}"));
        if (aboutAction) cues.Add(string.Create(CultureInfo.InvariantCulture, $"about-action:{reading.Action!.Concept}{(reading.PolarityTowardAction > 0 ? "+" : "-")}"));

        // Suppressors with a polar object: their own words are left out, their scope reversed.
        var role = new Role[words.Length];
        var scopes = new List<string>();
        foreach (var (start, length, concept) in c.Motions.Suppressors(words))
        {
            if (aboutAction && concept == reading.Action!.Concept) continue;
            int end = start + length, last = -1;
            for (int k = end; k < words.Length && k < end + ScopeWords && !ScopeEnds.Contains(words[k]) && role[k] == Role.None; k++)
                if (c.Sentiment.Lexicon.Contains(words[k])) { last = k; break; }
            if (last < 0) continue;
            for (int k = start; k < end; k++) role[k] = Role.Shifter;
            for (int k = end; k <= last; k++) role[k] = Role.Reversed;
            var scope = string.Join(" ", words, end, last - end + 1);
            scopes.Add(scope);
            cues.Add($"reverses:{string.Join(" ", words, start, length)}>{scope}");
        }

        double vader;
        if (scopes.Count == 0) vader = c.Sentiment.Score(text).Compound;
        else
        {
            var rest = string.Join(" ", words.Where((_, k) => role[k] == Role.None));
            vader = Math.Clamp(c.Sentiment.Score(rest).Compound - scopes.Sum(s => c.Sentiment.Score(s).Compound), -1, 1);
        }
        if (vader != 0) cues.Add(string.Create(CultureInfo.InvariantCulture, $"vader:{vader:0.00}"));

        double cueSum = 0, favorCues = 0, againstCues = 0;
        foreach (var m in c.Cues.Match(words))
        {
            var r = role[m.Position];
            if (r == Role.Shifter) continue;
            double w = r == Role.Reversed ? -m.Weight : m.Weight;
            cueSum += w;
            if (w > 0) favorCues += w; else againstCues -= w;
            cues.Add(r == Role.Reversed ? "reversed+" + m.Text : m.Text);
        }
        double prior = context.SpeakerPrior;
        if (prior != 0) cues.Add(string.Create(CultureInfo.InvariantCulture, $"speaker-prior:{prior:0.00}"));
        double total = polarity * (cueSum + LexiconStanceClassifier.SentimentWeight * vader) + LexiconStanceClassifier.PriorWeight * prior;
        return new LexiconScore(total, cueSum, favorCues, againstCues, vader, polarity, false, cues);
    }

    private enum Role : byte { None, Shifter, Reversed }
}
