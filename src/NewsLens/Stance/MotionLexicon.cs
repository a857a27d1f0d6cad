using NewsLens.IO;

namespace NewsLens.Stance;

/// <summary>
/// Motion operators: the verbs and predicates that set a debate motion's or a claim's polarity toward what it is
/// about ("ban", "abolish", "restrict" −; "introduce", "subsidise", "legalise" +; "is harmful" −; "is justified",
/// "the most effective" +), and negators that flip them. Read from NewsLens's own list (embedded resource
/// stance/motions-en.txt) or a file in the same format: <c>[promote]</c>, <c>[suppress]</c>, <c>[good]</c>,
/// <c>[bad]</c>, <c>[negation]</c>, <c>[purpose]</c> sections; one concept a line, its forms and close synonyms separated by
/// <c> | </c>; a word ending in * matches by prefix.
/// <para>
/// After Bar-Haim, Bhattacharya, Dinuzzo, Saha and Slonim, "Stance Classification of Context-Dependent Claims",
/// EACL 2017, who decompose a claim's stance toward a motion into the claim's sentiment toward its target, the
/// motion's sentiment toward its target, and whether the two targets are consistent or contrastive.
/// <see cref="Read"/> approximates the second part without training: the product of the signs of the operators
/// in the motion.
/// </para>
/// </summary>
public sealed class MotionLexicon
{
    private static readonly Lazy<MotionLexicon> EnglishLazy = new(() =>
    {
        using var reader = ResourceText.Open("stance.motions-en.txt");
        return Parse(reader, "motions-en.txt");
    });

    // all phrases of all concepts, longest first, so "put an end to" wins over "end"
    private readonly List<Phrase> _phrases;
    private readonly List<string[]> _negations;
    private readonly List<string[]> _purpose;

    private MotionLexicon(List<Phrase> phrases, List<string[]> negations, List<string[]> purpose)
    {
        _purpose = purpose;
        _phrases = phrases.OrderByDescending(p => p.Words.Length).ThenBy(p => string.Join(" ", p.Words), StringComparer.Ordinal).ToList();
        _negations = negations.OrderByDescending(n => n.Length).ToList();
        Count = phrases.Select(p => p.Concept).Distinct(StringComparer.Ordinal).Count();
    }

    /// <summary>NewsLens's English motion operators.</summary>
    public static MotionLexicon English => EnglishLazy.Value;

    /// <summary>Number of operator concepts (lexicon lines).</summary>
    public int Count { get; }

    /// <summary>Reads a motion lexicon file.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="FormatException">A line is malformed; the message names the file and line.</exception>
    public static MotionLexicon FromFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path)) throw new FileNotFoundException($"Motion lexicon file not found: {path}", path);
        using var reader = new StreamReader(path);
        return Parse(reader, path);
    }

    internal static MotionLexicon Parse(TextReader reader, string source)
    {
        var phrases = new List<Phrase>();
        var negations = new List<string[]>();
        var purpose = new List<string[]>();
        MotionOperatorKind? kind = null;
        string? section = null;
        int lineNo = 0;
        for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            lineNo++;
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed[0] == '#') continue;
            if (trimmed[0] == '[')
            {
                section = trimmed.Trim('[', ']').Trim().ToLowerInvariant();
                kind = section switch
                {
                    "promote" => MotionOperatorKind.Promote,
                    "suppress" => MotionOperatorKind.Suppress,
                    "good" => MotionOperatorKind.Good,
                    "bad" => MotionOperatorKind.Bad,
                    "negation" or "purpose" => null,
                    _ => throw new FormatException($"{source}:{lineNo}: unknown section [{section}]; valid sections: [promote], [suppress], [good], [bad], [negation], [purpose]."),
                };
                continue;
            }
            if (section is null) throw new FormatException($"{source}:{lineNo}: entry before any [section] line.");
            var forms = trimmed.Split('|', StringSplitOptions.TrimEntries).Select(StanceCues.Words).ToList();
            if (forms.Any(f => f.Length == 0)) throw new FormatException($"{source}:{lineNo}: empty phrase in \"{trimmed}\".");
            if (section is "negation" or "purpose")
            {
                (section == "negation" ? negations : purpose).AddRange(forms);
                continue;
            }
            var concept = string.Join(" ", forms[0]);
            foreach (var f in forms) phrases.Add(new Phrase(f, kind!.Value, concept));
        }
        return new MotionLexicon(phrases, negations, purpose);
    }

    /// <summary>
    /// Reads <paramref name="motion"/>'s polarity toward what it is about: the product of the signs of its
    /// operators, each flipped when a negator ends within the three words before it (no comma between); a
    /// negator with no operator after it counts as −1 on its own ("would never have children"). +1 when the
    /// motion has no operator. The frame ("This house would", "This house believes that") carries no operator.
    /// An operator joined to an earlier one by "and", "or", "nor" or a comma is parallel to it and left out of
    /// the product ("would ban and criminalise X", "X is dangerous and harmful": −1). The motion is read up to
    /// its first purpose marker ("in order to", "the best way to"): what follows is an aim, not the motion's
    /// attitude to its target.
    /// </summary>
    public MotionReading Read(string motion)
    {
        ArgumentNullException.ThrowIfNull(motion);
        var words = StanceCues.Words(motion);
        int stop = PurposeStart(words);
        if (stop < words.Length) words = words[..stop];
        var ops = new List<MotionOperator>();
        int pendingNegator = -1;   // index of the last word of a negator not yet attached to an operator
        string pendingText = "";
        foreach (var item in Scan(words))
        {
            if (item.Phrase is null)
            {
                if (pendingNegator >= 0) ops.Add(new MotionOperator(pendingText, MotionOperatorKind.Negation, pendingText, false));
                pendingNegator = item.Start + item.Length - 1;
                pendingText = string.Join(" ", words, item.Start, item.Length);
                continue;
            }
            bool negated = pendingNegator >= 0 && item.Start - pendingNegator <= 3 && !StanceCues.PunctuationBetween(words, pendingNegator, item.Start);
            if (pendingNegator >= 0 && !negated) ops.Add(new MotionOperator(pendingText, MotionOperatorKind.Negation, pendingText, false));
            int first = negated ? pendingNegator - pendingText.Split(' ').Length + 1 : item.Start;
            bool parallel = first > 0 && words[first - 1] is "and" or "or" or "nor" or "," && ops.Any(o => o.Kind != MotionOperatorKind.Negation);
            pendingNegator = -1;
            var text = string.Join(" ", words, item.Start, item.Length);
            ops.Add(new MotionOperator(negated ? "not+" + text : text, item.Phrase.Kind, item.Phrase.Concept, negated, parallel));
        }
        if (pendingNegator >= 0) ops.Add(new MotionOperator(pendingText, MotionOperatorKind.Negation, pendingText, false));
        int polarity = ops.Where(o => !o.Parallel).Aggregate(1, (s, o) => s * o.Sign);
        return new MotionReading(motion, polarity, ops, ops.LastOrDefault(o => o.IsAction && !o.Parallel));
    }

    private int PurposeStart(string[] words)
    {
        for (int i = 0; i < words.Length; i++)
            if (_purpose.Any(p => StanceCues.At(words, i, p))) return i;
        return words.Length;
    }

    /// <summary>True when <paramref name="text"/> contains a form of the operator concept <paramref name="concept"/>
    /// ("the ban" for the concept of "would prohibit").</summary>
    public bool Mentions(string text, string concept)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(concept);
        return Scan(StanceCues.Words(text)).Any(i => i.Phrase?.Concept == concept);
    }

    /// <summary>The Suppress operators in <paramref name="words"/> (from <see cref="StanceCues.Words"/>), as
    /// (start, length, concept).</summary>
    internal IEnumerable<(int Start, int Length, string Concept)> Suppressors(string[] words) =>
        Scan(words).Where(i => i.Phrase is { Kind: MotionOperatorKind.Suppress }).Select(i => (i.Start, i.Length, i.Phrase!.Concept));

    /// <summary>Operators (Phrase set) and negators (Phrase null) left to right, longest match first, not overlapping.</summary>
    private IEnumerable<Item> Scan(string[] words)
    {
        for (int i = 0; i < words.Length;)
        {
            var phrase = _phrases.FirstOrDefault(p => StanceCues.At(words, i, p.Words));
            if (phrase is not null)
            {
                yield return new Item(i, phrase.Words.Length, phrase);
                i += phrase.Words.Length;
                continue;
            }
            var negation = _negations.FirstOrDefault(n => StanceCues.At(words, i, n));
            if (negation is not null)
            {
                yield return new Item(i, negation.Length, null);
                i += negation.Length;
                continue;
            }
            i++;
        }
    }


    private sealed record Phrase(string[] Words, MotionOperatorKind Kind, string Concept);

    private readonly record struct Item(int Start, int Length, Phrase? Phrase);
}
