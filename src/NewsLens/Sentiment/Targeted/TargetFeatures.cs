using System.Globalization;
using NewsLens.Text;

namespace NewsLens.Sentiment.Targeted;

/// <summary>
/// The features of a target mention in a sentence that the supervised model (<see cref="TargetSentimentModel"/>)
/// weighs and the rule baseline (<see cref="RuleTargetSentiment"/>) combines by hand. The sentence is tokenized by
/// <see cref="Tokenizer"/> (possessive "’s" split off); distances count tokens between a word and the nearest
/// edge of the mention (1 = adjacent). Window buckets are "1-3", "4-8" and "far", on the left (L) or right (R).
/// Feature families (name pattern → value):
/// <list type="bullet">
/// <item><c>w:{L|R}{bucket}:{word}</c> → 1: lower-cased words around the mention (stopwords are dropped in the far bucket).</item>
/// <item><c>s:{stem}</c> → 1: Porter2 stems of the sentence's non-stopwords (its topic and mood), and <c>n:{stem}</c> → 1
/// for those within 8 tokens of the mention on either side.</item>
/// <item><c>b:{L|R}:{w1}_{w2}</c> → 1: bigrams whose both words lie within 4 tokens of the mention.</item>
/// <item><c>c:{stem}</c> → 1, <c>cv+</c>, <c>cv-</c> → positive / |negative| valence sum (÷4): the clause holding the mention,
/// bounded by , ; : dashes, brackets and "but", "while", "whereas", "although", "though", "however" — in a sentence
/// about several people the clause often carries the sentiment toward this one.</item>
/// <item><c>v+:{L|R}{bucket}</c>, <c>v-:{L|R}{bucket}</c> → sum of positive / |negative| VADER valences (÷4) in the
/// window; a word with a negator ("not", "n't", "never", ...) among the three tokens before it has its valence
/// multiplied by −0.74 (VADER's negation scalar), so "not good" counts as negative.</item>
/// <item><c>near:{L|R}</c> → valence (÷4) of the nearest sentiment word on each side, divided by 1 + distance/4.</item>
/// <item><c>vader:compound</c>, <c>vader:pos</c>, <c>vader:neg</c> → the sentence-level VADER scores (its overall mood);
/// <c>vader:compound:{before_verb|after_verb|no_verb}</c> → the compound again, under the mention's position (below).</item>
/// <item><c>syn:before_verb</c> / <c>syn:after_verb</c> / <c>syn:no_verb</c> → 1: where the mention lies relative to the
/// first verb-like cue word (<see cref="CueVerbs"/>), an approximation of subject vs object; <c>syn:first_np</c> when
/// the mention starts the sentence (at most one token before it).</item>
/// <item><c>cue:{attack|praise|speech}:{subj|obj}</c> → 1 and <c>cuew:{subj|obj}:{verb}</c> → 1: the nearest cue verb
/// within 8 tokens of the mention and the mention's role: before the verb = subject, after it = object; a passive
/// ("was accused by X") swaps the roles ("by" before the mention makes it the subject, an auxiliary between the
/// mention and the verb makes it the object).</item>
/// <item><c>quote:inside</c> → 1 when the mention is inside quotation marks; <c>quote:present</c> when the sentence quotes
/// anyone; <c>quote:speaker</c> when a quote is present, the mention is outside it and a speech verb is within 3
/// tokens ("X said “...”", "“...”, said X"); <c>quote:own_words</c> → the VADER valence sum (÷4) of the quoted words
/// when the mention is the speaker: the actor's own words weigh differently from words about the actor.</item>
/// <item><c>others:{0|1|2+}</c> → 1: how many other runs of capitalised name-like words (outside the
/// mention) the sentence has, i.e. other potential targets.</item>
/// <item><c>m:{word}</c> → 1: the mention's own lower-cased words; <c>m:pronoun</c> for a pronoun mention.</item>
/// <item><c>relpos:{start|middle|end}</c> → 1: the mention's position in the sentence by thirds.</item>
/// </list>
/// </summary>
public static class TargetFeatures
{
    private const double NegationScalar = -0.74; // VADER's N_SCALAR (Hutto & Gilbert 2014)
    private static readonly string[] Buckets = ["1-3", "4-8", "far"];
    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase)
        { "he", "she", "him", "her", "his", "hers", "they", "them", "their", "i", "we", "you", "it" };
    private static readonly HashSet<string> PassiveAuxiliaries = new(StringComparer.Ordinal)
        { "was", "were", "is", "are", "been", "being", "be", "got", "gets" };

    /// <summary>
    /// The features of the mention at characters [<paramref name="from"/>, <paramref name="to"/>) of
    /// <paramref name="sentence"/>, as (name, value) pairs (names may repeat; repeats add up).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The span is empty or outside the sentence.</exception>
    public static IReadOnlyList<KeyValuePair<string, double>> Extract(string sentence, int from, int to)
    {
        var features = new List<KeyValuePair<string, double>>(96);
        Extract(TargetSentence.Analyse(sentence), from, to, features);
        return features;
    }

    /// <summary>Appends the features of one mention of an analysed sentence to <paramref name="into"/>.</summary>
    internal static void Extract(TargetSentence s, int from, int to, List<KeyValuePair<string, double>> into)
    {
        CheckSpan(s.Text, from, to);
        var (ms, me) = s.MentionTokens(from, to); // [ms, me) token range
        var tokens = s.Tokens;
        int n = tokens.Count;
        void F(string name, double value = 1) => into.Add(new(name, value));

        // Words, bigrams, windowed valences.
        Span<double> vpos = stackalloc double[6];
        Span<double> vneg = stackalloc double[6];
        double nearL = 0, nearR = 0;
        bool haveNearL = false, haveNearR = false;
        for (int i = 0; i < n; i++)
        {
            if (i >= ms && i < me) continue;
            bool left = i < ms;
            int dist = left ? ms - i : i - me + 1;
            int b = dist <= 3 ? 0 : dist <= 8 ? 1 : 2;
            int slot = (left ? 0 : 3) + b;
            string side = left ? "L" : "R";
            var w = s.Lower[i];
            if (s.IsWord[i] && !(b == 2 && s.IsStopword[i]))
                F("w:" + side + Buckets[b] + ":" + w);
            if (s.IsWord[i] && !s.IsStopword[i])
            {
                F("s:" + s.Stem[i]);
                if (b < 2) F("n:" + s.Stem[i]);
            }
            double v = s.Valence[i];
            if (v > 0) vpos[slot] += v / 4; else if (v < 0) vneg[slot] -= v / 4;
            if (v != 0)
            {
                double damped = v / 4 / (1 + dist / 4.0);
                if (left) { nearL = damped; haveNearL = true; } // the last one seen on the left is the nearest
                else if (!haveNearR) { nearR = damped; haveNearR = true; }
            }
        }
        for (int slot = 0; slot < 6; slot++)
        {
            string name = (slot < 3 ? "L" : "R") + Buckets[slot % 3];
            if (vpos[slot] != 0) F("v+:" + name, vpos[slot]);
            if (vneg[slot] != 0) F("v-:" + name, vneg[slot]);
        }
        if (haveNearL) F("near:L", nearL);
        if (haveNearR) F("near:R", nearR);
        for (int i = Math.Max(0, ms - 4); i + 1 < ms; i++)
            if (s.IsWord[i] && s.IsWord[i + 1]) F("b:L:" + s.Lower[i] + "_" + s.Lower[i + 1]);
        for (int i = me; i + 1 < Math.Min(n, me + 4); i++)
            if (s.IsWord[i] && s.IsWord[i + 1]) F("b:R:" + s.Lower[i] + "_" + s.Lower[i + 1]);

        // The clause holding the mention (bounded by , ; : dashes, brackets and "but", "while", "whereas", "although").
        int cs = ms, ce = me;
        while (cs > 0 && !IsClauseBreak(s, cs - 1)) cs--;
        while (ce < n && !IsClauseBreak(s, ce)) ce++;
        double cpos = 0, cneg = 0;
        for (int i = cs; i < ce; i++)
        {
            if (i >= ms && i < me) continue;
            if (s.IsWord[i] && !s.IsStopword[i]) F("c:" + s.Stem[i]);
            if (s.Valence[i] > 0) cpos += s.Valence[i] / 4; else cneg -= s.Valence[i] / 4;
        }
        if (cpos != 0) F("cv+", cpos);
        if (cneg != 0) F("cv-", cneg);

        // Sentence mood, also crossed with the mention's position so that the mood can count differently for subjects.
        F("vader:compound", s.Scores.Compound);
        F("vader:compound:" + (s.FirstVerb < 0 ? "no_verb" : me <= s.FirstVerb ? "before_verb" : "after_verb"), s.Scores.Compound);
        F("vader:pos", s.Scores.Positive);
        F("vader:neg", s.Scores.Negative);

        // Subject-like position.
        int verb = s.FirstVerb;
        F(verb < 0 ? "syn:no_verb" : me <= verb ? "syn:before_verb" : "syn:after_verb");
        if (ms <= 1) F("syn:first_np");

        // Cue verbs and the mention's role.
        var (cue, role) = NearestCue(s, ms, me);
        if (cue >= 0)
        {
            F("cue:" + KindName(s.Cue[cue]) + ":" + role);
            F("cuew:" + role + ":" + s.Lower[cue]);
        }

        // Quotations.
        bool inside = false;
        foreach (var q in s.Quotes)
            if (from >= q.Start && to <= q.End) inside = true;
        if (inside) F("quote:inside");
        if (s.Quotes.Count > 0)
        {
            F("quote:present");
            if (!inside && SpeechVerbNear(s, ms, me))
            {
                F("quote:speaker");
                F("quote:own_words", s.QuotedValence);
            }
        }

        // Other potential targets.
        int others = 0;
        for (int i = 0; i < n; i++)
            if ((i < ms || i >= me) && s.IsCapitalised[i] && (i == 0 ? !s.IsStopword[0] : !s.IsCapitalised[i - 1])) others++;
        F(others == 0 ? "others:0" : others == 1 ? "others:1" : "others:2+");

        // The mention itself.
        for (int i = ms; i < me; i++)
            if (s.IsWord[i]) F("m:" + s.Lower[i]);
        if (me - ms == 1 && Pronouns.Contains(s.Lower[ms])) F("m:pronoun");

        double rel = n <= 1 ? 0 : (double)ms / n;
        F(rel < 1.0 / 3 ? "relpos:start" : rel < 2.0 / 3 ? "relpos:middle" : "relpos:end");
    }

    /// <summary>The nearest attack/praise/speech cue within 8 tokens and the mention's role toward it ("subj" or "obj").</summary>
    internal static (int Index, string Role) NearestCue(TargetSentence s, int ms, int me)
    {
        int best = -1, bestDist = int.MaxValue;
        for (int i = 0; i < s.Tokens.Count; i++)
        {
            if (i >= ms && i < me) continue;
            if (s.Cue[i] is not (CueKind.Attack or CueKind.Praise or CueKind.Speech)) continue;
            int dist = i < ms ? ms - i : i - me + 1;
            if (dist <= 8 && dist < bestDist) { best = i; bestDist = dist; }
        }
        if (best < 0) return (-1, "");
        string role;
        if (best >= me)
        {
            role = "subj";
            for (int i = me; i < best; i++) if (PassiveAuxiliaries.Contains(s.Lower[i])) role = "obj"; // "X was accused"
        }
        else
        {
            role = "obj";
            if (ms > 0 && s.Lower[ms - 1] == "by") role = "subj"; // "accused by X"
            if (s.Cue[best] == CueKind.Speech) role = "subj";     // "…”, said X"
        }
        return (best, role);
    }

    private static readonly HashSet<string> ClauseWords = new(StringComparer.Ordinal) { "but", "while", "whereas", "although", "though", "however" };

    private static bool IsClauseBreak(TargetSentence s, int i)
    {
        var t = s.Lower[i];
        return ClauseWords.Contains(t) || (s.Tokens[i].Kind == Text.TokenKind.Punctuation && t is "," or ";" or ":" or "—" or "–" or "(" or ")" or "--");
    }

    private static bool SpeechVerbNear(TargetSentence s, int ms, int me)
    {
        for (int i = Math.Max(0, ms - 3); i < Math.Min(s.Tokens.Count, me + 3); i++)
            if ((i < ms || i >= me) && s.Cue[i] == CueKind.Speech) return true;
        return false;
    }

    private static string KindName(CueKind k) => k switch
    {
        CueKind.Attack => "attack",
        CueKind.Praise => "praise",
        CueKind.Speech => "speech",
        _ => "verb",
    };

    internal static void CheckSpan(string sentence, int from, int to)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        if (from < 0 || to > sentence.Length || from >= to)
            throw new ArgumentOutOfRangeException(nameof(from), string.Create(CultureInfo.InvariantCulture,
                $"The mention span [{from}, {to}) must be non-empty and inside the sentence of {sentence.Length} characters."));
    }
}
