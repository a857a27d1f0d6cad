namespace NewsLens.Text;

/// <summary>
/// The Snowball English ("Porter2") stemmer, written from its published description:
/// M. F. Porter, "The English (Porter2) stemming algorithm",
/// https://snowballstem.org/algorithms/english/stemmer.html (exceptional forms, regions R1 and R2,
/// steps 0, 1a, 1b, 1c, 2, 3, 4 and 5). Input is lower-cased (invariant culture) and typographic
/// apostrophes are read as "'". Words of one or two letters are returned unchanged.
/// </summary>
/// <remarks>
/// The current description starts R1 after the prefixes gener, commun, arsen, past, univers, later,
/// emerg and organ (so that "emergency" does not meet "emerge" and "university" does not meet
/// "universe"). Earlier versions of the algorithm, and NLTK 3.8's SnowballStemmer("english"), know
/// only the first three; pass <c>extendedPrefixes: false</c> to get that behaviour.
/// </remarks>
public static class Porter2Stemmer
{
    private static readonly Dictionary<string, string> Exceptions1 = new(StringComparer.Ordinal)
    {
        ["skis"] = "ski", ["skies"] = "sky", ["dying"] = "die", ["lying"] = "lie", ["tying"] = "tie",
        ["idly"] = "idl", ["gently"] = "gentl", ["ugly"] = "ugli", ["early"] = "earli", ["only"] = "onli",
        ["singly"] = "singl", ["sky"] = "sky", ["news"] = "news", ["howe"] = "howe", ["atlas"] = "atlas",
        ["cosmos"] = "cosmos", ["bias"] = "bias", ["andes"] = "andes",
    };

    private static readonly string[] Exceptions2 =
        ["inning", "outing", "canning", "herring", "earring", "proceed", "exceed", "succeed"];

    private static readonly string[] Step0Suffixes = ["'s'", "'s", "'"];

    private static readonly string[] ClassicPrefixes = ["gener", "commun", "arsen"];
    private static readonly string[] ExtendedPrefixes = ["gener", "commun", "arsen", "past", "univers", "later", "emerg", "organ"];

    private static readonly string[] Step1bSuffixes = ["eedly", "ingly", "edly", "eed", "ing", "ed"];

    // Step 2: suffix (longest first) and replacement; "ogi" and "li" have extra conditions.
    private static readonly (string Suffix, string Replacement)[] Step2 =
    [
        ("ization", "ize"), ("ational", "ate"), ("fulness", "ful"), ("ousness", "ous"), ("iveness", "ive"),
        ("tional", "tion"), ("biliti", "ble"), ("lessli", "less"), ("entli", "ent"), ("ation", "ate"),
        ("alism", "al"), ("aliti", "al"), ("ousli", "ous"), ("iviti", "ive"), ("fulli", "ful"),
        ("enci", "ence"), ("anci", "ance"), ("abli", "able"), ("izer", "ize"), ("ator", "ate"),
        ("alli", "al"), ("bli", "ble"), ("ogi", "og"), ("li", ""),
    ];

    // Step 3: "ative" is removed only in R2.
    private static readonly (string Suffix, string Replacement)[] Step3 =
    [
        ("ational", "ate"), ("tional", "tion"), ("alize", "al"), ("icate", "ic"), ("iciti", "ic"),
        ("ative", ""), ("ical", "ic"), ("ness", ""), ("ful", ""),
    ];

    private static readonly string[] Step4 =
    [
        "ement", "ance", "ence", "able", "ible", "ment", "ant", "ent", "ism", "ate", "iti", "ous", "ive", "ize",
        "ion", "al", "er", "ic",
    ];

    /// <summary>Stems one word with the current Snowball description (all eight R1 prefixes).</summary>
    public static string Stem(string word) => Stem(word, extendedPrefixes: true);

    /// <summary>
    /// Stems one word. With <paramref name="extendedPrefixes"/> false, only gener, commun and arsen
    /// start R1 early, as in earlier versions of the algorithm and in NLTK.
    /// </summary>
    public static string Stem(string word, bool extendedPrefixes)
    {
        ArgumentNullException.ThrowIfNull(word);
        var lower = word.ToLowerInvariant();
        if (lower.Length <= 2) return lower;
        if (Exceptions1.TryGetValue(lower, out var exception)) return exception;

        var w = new StemBuffer(lower.Length);
        foreach (char ch in lower)
            w.Append(ch is '\u2019' or '\u2018' or '\u201B' ? '\'' : ch);
        if (w[0] == '\'') w.RemoveFirst();

        // Prelude: y at the start or after a vowel is a consonant, written Y.
        for (int i = 0; i < w.Length; i++)
            if (w[i] == 'y' && (i == 0 || IsVowel(w[i - 1]))) w[i] = 'Y';

        var (r1, r2) = Regions(w, extendedPrefixes ? ExtendedPrefixes : ClassicPrefixes);

        Step0(w);
        Step1a(w);
        foreach (var e in Exceptions2)
            if (w.Equals(e)) return e;
        Step1b(w, r1);
        Step1c(w);
        Replace(w, Step2, r1, step2: true);
        Step3Apply(w, r1, r2);
        Step4Apply(w, r2);
        Step5(w, r1, r2);

        for (int i = 0; i < w.Length; i++)
            if (w[i] == 'Y') w[i] = 'y';
        return w.ToString();
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static bool IsDouble(StemBuffer w) =>
        w.Length >= 2 && w[^1] == w[^2] && w[^1] is 'b' or 'd' or 'f' or 'g' or 'm' or 'n' or 'p' or 'r' or 't';

    private static bool IsLiEnding(char c) => c is 'c' or 'd' or 'e' or 'g' or 'h' or 'k' or 'm' or 'n' or 'r' or 't';

    /// <summary>R1: after the first non-vowel following a vowel (or after a listed prefix); R2: the same rule inside R1.</summary>
    private static (int R1, int R2) Regions(StemBuffer w, string[] prefixes)
    {
        int r1 = -1;
        foreach (var p in prefixes)
        {
            if (w.Length >= p.Length && StartsWith(w, p)) { r1 = p.Length; break; }
        }
        if (r1 < 0) r1 = AfterVowelNonVowel(w, 0);
        return (r1, AfterVowelNonVowel(w, r1));
    }

    private static bool StartsWith(StemBuffer w, string p)
    {
        for (int i = 0; i < p.Length; i++)
            if (w[i] != p[i]) return false;
        return true;
    }

    private static int AfterVowelNonVowel(StemBuffer w, int from)
    {
        for (int i = from + 1; i < w.Length; i++)
            if (!IsVowel(w[i]) && IsVowel(w[i - 1])) return i + 1;
        return w.Length;
    }

    private static bool EndsWith(StemBuffer w, string s)
    {
        if (w.Length < s.Length) return false;
        int off = w.Length - s.Length;
        for (int i = 0; i < s.Length; i++)
            if (w[off + i] != s[i]) return false;
        return true;
    }

    private static void ReplaceEnd(StemBuffer w, int suffixLength, string replacement)
    {
        w.Length -= suffixLength;
        w.Append(replacement);
    }

    private static bool ContainsVowel(StemBuffer w, int end)
    {
        for (int i = 0; i < end; i++)
            if (IsVowel(w[i])) return true;
        return false;
    }

    private static void Step0(StemBuffer w)
    {
        foreach (var s in Step0Suffixes)
        {
            if (EndsWith(w, s)) { w.Length -= s.Length; return; }
        }
    }

    private static void Step1a(StemBuffer w)
    {
        if (EndsWith(w, "sses")) { w.Length -= 2; return; }
        if (EndsWith(w, "ied") || EndsWith(w, "ies"))
        {
            // "i" when preceded by more than one letter (cries -> cri), else "ie" (ties -> tie).
            ReplaceEnd(w, 3, w.Length > 4 ? "i" : "ie");
            return;
        }
        if (EndsWith(w, "us") || EndsWith(w, "ss")) return;
        if (EndsWith(w, "s") && ContainsVowel(w, w.Length - 2)) w.Length -= 1;
    }

    private static void Step1b(StemBuffer w, int r1)
    {
        foreach (var s in Step1bSuffixes)
        {
            if (!EndsWith(w, s)) continue;
            int at = w.Length - s.Length;
            if (s is "eed" or "eedly")
            {
                if (at >= r1) ReplaceEnd(w, s.Length, "ee");
                return;
            }
            if (!ContainsVowel(w, at)) return;
            w.Length = at;
            if (EndsWith(w, "at") || EndsWith(w, "bl") || EndsWith(w, "iz")) w.Append('e');
            else if (IsDouble(w)) w.Length -= 1;
            else if (r1 >= w.Length && EndsInShortSyllable(w, w.Length)) w.Append('e');
            return;
        }
    }

    /// <summary>
    /// True when w[..end] ends in a short syllable: a non-vowel, a vowel and a non-vowel other than
    /// w, x or Y; or, for two letters, a vowel followed by a non-vowel.
    /// </summary>
    private static bool EndsInShortSyllable(StemBuffer w, int end)
    {
        if (end >= 3)
            return !IsVowel(w[end - 3]) && IsVowel(w[end - 2]) && !IsVowel(w[end - 1]) && w[end - 1] is not ('w' or 'x' or 'Y');
        return end == 2 && IsVowel(w[0]) && !IsVowel(w[1]);
    }

    private static void Step1c(StemBuffer w)
    {
        if (w.Length > 2 && w[^1] is 'y' or 'Y' && !IsVowel(w[^2])) w[^1] = 'i';
    }

    private static void Replace(StemBuffer w, (string Suffix, string Replacement)[] rules, int r1, bool step2)
    {
        foreach (var (s, rep) in rules)
        {
            if (!EndsWith(w, s)) continue;
            int at = w.Length - s.Length;
            if (at < r1) return;
            if (step2 && s == "ogi" && (at < 1 || w[at - 1] != 'l')) return;
            if (step2 && s == "li" && (at < 1 || !IsLiEnding(w[at - 1]))) return;
            ReplaceEnd(w, s.Length, rep);
            return;
        }
    }

    private static void Step3Apply(StemBuffer w, int r1, int r2)
    {
        foreach (var (s, rep) in Step3)
        {
            if (!EndsWith(w, s)) continue;
            int at = w.Length - s.Length;
            if (at < r1 || (s == "ative" && at < r2)) return;
            ReplaceEnd(w, s.Length, rep);
            return;
        }
    }

    private static void Step4Apply(StemBuffer w, int r2)
    {
        foreach (var s in Step4)
        {
            if (!EndsWith(w, s)) continue;
            int at = w.Length - s.Length;
            if (at < r2) return;
            if (s == "ion" && (at < 1 || w[at - 1] is not ('s' or 't'))) return;
            w.Length = at;
            return;
        }
    }

    private static void Step5(StemBuffer w, int r1, int r2)
    {
        if (w.Length == 0) return;
        int at = w.Length - 1;
        if (w[at] == 'e')
        {
            if (at >= r2 || (at >= r1 && !EndsInShortSyllable(w, at))) w.Length = at;
        }
        else if (w[at] == 'l' && at >= r2 && at >= 1 && w[at - 1] == 'l')
        {
            w.Length = at;
        }
    }
}
