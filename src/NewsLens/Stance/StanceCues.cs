using System.Globalization;
using NewsLens.Sentiment;
using NewsLens.Text;

using NewsLens.IO;

namespace NewsLens.Stance;

/// <summary>
/// Stance cue lexicon: support and opposition phrases with weights, negators and target anaphors, read from
/// NewsLens's own list (embedded resource stance/cues-en.txt) or a file in the same format
/// (<c>[favor]</c>, <c>[against]</c>, <c>[negation]</c>, <c>[anaphora]</c> sections; <c>phrase&lt;TAB&gt;weight</c> lines;
/// a word ending in * matches by prefix).
/// </summary>
public sealed class StanceCues
{
    private static readonly Lazy<StanceCues> EnglishLazy = new(() =>
    {
        using var reader = ResourceText.Open("stance.cues-en.txt");
        return Parse(reader, "cues-en.txt");
    });

    private readonly List<CuePhrase> _cues;
    private readonly List<string[]> _negations;

    private StanceCues(List<CuePhrase> cues, List<string[]> negations, List<string[]> anaphora)
    {
        // longest phrases first, so "threatened sanctions" wins over "threatened"
        _cues = cues.OrderByDescending(c => c.Words.Length).ThenBy(c => string.Join(" ", c.Words), StringComparer.Ordinal).ToList();
        _negations = negations.OrderByDescending(n => n.Length).ToList();
        Anaphora = anaphora.Select(a => string.Join(" ", a)).ToList();
        _anaphora = anaphora;
    }

    private readonly List<string[]> _anaphora;

    /// <summary>NewsLens's English cue list.</summary>
    public static StanceCues English => EnglishLazy.Value;

    /// <summary>Number of favor and against cue phrases.</summary>
    public int Count => _cues.Count;

    /// <summary>The anaphors ("the deal", "the system") that carry a target over to the next sentence.</summary>
    public IReadOnlyList<string> Anaphora { get; }

    /// <summary>Reads a cue file.</summary>
    /// <exception cref="FormatException">A line is malformed; the message names the file and line.</exception>
    public static StanceCues FromFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path)) throw new FileNotFoundException($"Stance cue file not found: {path}", path);
        using var reader = new StreamReader(path);
        return Parse(reader, path);
    }

    internal static StanceCues Parse(TextReader reader, string source)
    {
        var cues = new List<CuePhrase>();
        var negations = new List<string[]>();
        var anaphora = new List<string[]>();
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
                if (section is not ("favor" or "against" or "negation" or "anaphora"))
                    throw new FormatException($"{source}:{lineNo}: unknown section [{section}]; valid sections: [favor], [against], [negation], [anaphora].");
                continue;
            }
            if (section is null) throw new FormatException($"{source}:{lineNo}: entry before any [section] line.");
            var parts = trimmed.Split('\t', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var words = Words(parts[0]);
            if (words.Length == 0) throw new FormatException($"{source}:{lineNo}: empty phrase.");
            double weight = 1;
            if (parts.Length > 1 && (!double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out weight) || weight <= 0 || !double.IsFinite(weight)))
                throw new FormatException($"{source}:{lineNo}: weight \"{parts[1]}\" is not a positive number.");
            switch (section)
            {
                case "favor": cues.Add(new CuePhrase(words, weight, words.Any(IsNegator))); break;
                case "against": cues.Add(new CuePhrase(words, -weight, words.Any(IsNegator))); break;
                case "negation": negations.Add(words); break;
                default: anaphora.Add(words); break;
            }
        }
        return new StanceCues(cues, negations, anaphora);
    }

    /// <summary>Lower-cased word tokens of <paramref name="text"/>, apostrophes normalised to '.</summary>
    internal static string[] Words(string text) =>
        Tokenizer.Tokenize(text).Where(t => t.Kind != TokenKind.Punctuation || t.Text is "," or ";" or ":")
            .Select(t => t.Text.ToLowerInvariant().Replace('\u2019', '\'')).ToArray();

    private static bool IsNegator(string w) => w is "not" or "no" or "never" || w.EndsWith("n't", StringComparison.Ordinal) || w == "cannot";

    /// <summary>True when the words contain one of the anaphors.</summary>
    public bool HasAnaphor(string sentence)
    {
        var words = Words(sentence);
        return _anaphora.Any(a => IndexOf(words, a) >= 0);
    }

    /// <summary>
    /// The cues in <paramref name="words"/> (from <see cref="Words"/>): each match's signed weight (favor
    /// positive), flipped when a negator ends within the three words before it (and the cue has no negation of
    /// its own). Matches do not overlap; longer phrases win.
    /// </summary>
    internal List<CueMatch> Match(string[] words)
    {
        // negated[i] = a negator ends at i-1, i-2 or i-3 (commas end the scope)
        var negEnds = new List<int>();
        for (int i = 0; i < words.Length; i++)
            foreach (var n in _negations)
                if (At(words, i, n)) { negEnds.Add(i + n.Length - 1); break; }
        var used = new bool[words.Length];
        var result = new List<CueMatch>();
        foreach (var cue in _cues)
        {
            for (int i = 0; i + cue.Words.Length <= words.Length; i++)
            {
                if (!At(words, i, cue.Words)) continue;
                bool free = true;
                for (int k = i; k < i + cue.Words.Length; k++) if (used[k]) { free = false; break; }
                if (!free) continue;
                for (int k = i; k < i + cue.Words.Length; k++) used[k] = true;
                bool negated = !cue.HasNegation && negEnds.Any(e => e < i && e >= i - 3 && !PunctuationBetween(words, e, i));
                var text = string.Join(" ", words, i, cue.Words.Length);
                result.Add(new CueMatch(i, negated ? "not+" + text : text, negated ? -cue.Weight : cue.Weight));
            }
        }
        result.Sort((a, b) => a.Position.CompareTo(b.Position));
        return result;
    }

    /// <summary>True when a comma, semicolon or colon stands strictly between positions <paramref name="from"/> and <paramref name="to"/>.</summary>
    internal static bool PunctuationBetween(string[] words, int from, int to)
    {
        for (int k = from + 1; k < to; k++) if (words[k] is "," or ";" or ":") return true;
        return false;
    }

    private static int IndexOf(string[] words, string[] phrase)
    {
        for (int i = 0; i + phrase.Length <= words.Length; i++) if (At(words, i, phrase)) return i;
        return -1;
    }

    /// <summary>True when <paramref name="phrase"/> (a word ending in * matches by prefix, "n't" any negated form) stands at position <paramref name="i"/> of <paramref name="words"/>.</summary>
    internal static bool At(string[] words, int i, string[] phrase)
    {
        if (i + phrase.Length > words.Length) return false;
        for (int k = 0; k < phrase.Length; k++)
        {
            var p = phrase[k];
            var w = words[i + k];
            if (p.Length > 1 && p[^1] == '*')
            {
                if (!w.StartsWith(p.AsSpan(0, p.Length - 1), StringComparison.Ordinal)) return false;
            }
            else if (p == "n't")
            {
                if (!w.EndsWith("n't", StringComparison.Ordinal)) return false;
            }
            else if (!string.Equals(p, w, StringComparison.Ordinal)) return false;
        }
        return true;
    }

    private sealed record CuePhrase(string[] Words, double Weight, bool HasNegation);
}

/// <summary>One cue found in a sentence.</summary>
/// <param name="Position">Index of its first word.</param>
/// <param name="Text">The cue as matched, "not+" prefixed when negated.</param>
/// <param name="Weight">Signed weight: positive for favor, negative for against (after negation).</param>
internal readonly record struct CueMatch(int Position, string Text, double Weight);
