using System.Globalization;

using NewsLens.IO;

namespace NewsLens.Sentiment;

/// <summary>
/// A word list with a valence per entry on VADER's scale (-4 most negative .. +4 most positive), looked up
/// ignoring case. Entries with spaces ("fed up", "can't stand") match that sequence of tokens.
/// Built-in lists: <see cref="Vader"/>, <see cref="Afinn"/> (scaled ×0.8) and <see cref="HuLiu"/> (±2);
/// your own with <see cref="FromFile"/> or <see cref="FromDictionary"/>.
/// </summary>
public sealed class SentimentLexicon
{
    /// <summary>Factor that maps AFINN's -5..5 integer scale onto VADER's -4..4 (4/5 = 0.8).</summary>
    public const double AfinnScale = 0.8;

    /// <summary>Valence given to a Hu &amp; Liu positive word (negative words get its negation). The list is
    /// binary (±1); 2 is the middle of VADER's 0..4 intensity range, so a plain opinion word weighs about
    /// what VADER gives words such as "good" (1.9) or "bad" (-2.5).</summary>
    public const double HuLiuValence = 2.0;

    private static readonly Lazy<SentimentLexicon> VaderLazy = new(() => LoadResource("VADER", "vader.vader_lexicon.txt", 1.0));
    private static readonly Lazy<SentimentLexicon> AfinnLazy = new(() => LoadResource("AFINN-165", "afinn.AFINN-en-165.txt", AfinnScale));
    private static readonly Lazy<SentimentLexicon> HuLiuLazy = new(LoadHuLiu);

    private readonly SpanTable<double> _words;

    private SentimentLexicon(string name, IEnumerable<KeyValuePair<string, double>> entries)
    {
        Name = name;
        var single = new Dictionary<string, (string Key, double Valence)>(StringComparer.OrdinalIgnoreCase);
        var phrases = new Dictionary<string, LexiconPhrase>(StringComparer.OrdinalIgnoreCase);
        foreach (var (rawKey, valence) in entries)
        {
            var key = rawKey.Trim();
            if (key.Length == 0) continue;
            if (LexiconPhrase.SplitWords(key) is { } words)
            {
                phrases[string.Join(' ', words)] = new LexiconPhrase(words, valence);
                continue;
            }
            // Keys that differ only in case (":D" and ":d") collide: keep the lower-case entry, because
            // VADER looks words up lower-cased, so its upper-case variants are never reached. Exact
            // duplicates (VADER lists "lol" twice): the later line wins.
            if (single.TryGetValue(key, out var existing) && !existing.Key.Equals(key, StringComparison.Ordinal)
                && IsLowerCase(existing.Key) && !IsLowerCase(key))
                continue;
            single[key] = (key, valence);
        }
        _words = new SpanTable<double>(single.Values.ToDictionary(e => e.Key, e => e.Valence, StringComparer.OrdinalIgnoreCase));
        Phrases = LexiconPhrase.IndexByFirstWord(phrases.Values);
        PhraseCount = phrases.Count;
    }

    /// <summary>A short name for the list ("VADER", "AFINN-165", "Hu-Liu", or the file name).</summary>
    public string Name { get; }

    /// <summary>Number of entries (single words plus phrases).</summary>
    public int Count => _words.Count + PhraseCount;

    internal SpanTable<LexiconPhrase[]> Phrases { get; }

    private int PhraseCount { get; }

    /// <summary>The VADER lexicon (Hutto &amp; Gilbert, ICWSM 2014): 7,500 words, emoticons and slang with the
    /// mean of ten raters' valences, -4..4. MIT licence.</summary>
    public static SentimentLexicon Vader => VaderLazy.Value;

    /// <summary>AFINN-165 (Nielsen 2011), integers -5..5 multiplied by <see cref="AfinnScale"/> (0.8) onto -4..4. Apache-2.0.</summary>
    public static SentimentLexicon Afinn => AfinnLazy.Value;

    /// <summary>The Hu &amp; Liu opinion lexicon (KDD 2004): 2,006 positive and 4,783 negative words, given
    /// +<see cref="HuLiuValence"/> and -<see cref="HuLiuValence"/>; the three words in both lists ("envious",
    /// "enviously", "enviousness") are left out.</summary>
    public static SentimentLexicon HuLiu => HuLiuLazy.Value;

    /// <summary>The valence of a single word (ignoring case), or false when it is not in the list.</summary>
    public bool TryGetValence(ReadOnlySpan<char> word, out double valence) => _words.TryGetValue(word, out valence);

    /// <summary>True when the single word is in the list.</summary>
    public bool Contains(ReadOnlySpan<char> word) => _words.Contains(word);

    /// <summary>The valence of a word or phrase, or null when it is not in the list.</summary>
    public double? GetValence(string wordOrPhrase)
    {
        ArgumentNullException.ThrowIfNull(wordOrPhrase);
        if (LexiconPhrase.SplitWords(wordOrPhrase.Trim()) is { } words)
        {
            if (!Phrases.TryGetValue(words[0], out var candidates)) return null;
            foreach (var p in candidates)
                if (p.Words.Length == words.Length && p.Words.Zip(words).All(t => t.First.Equals(t.Second, StringComparison.OrdinalIgnoreCase)))
                    return p.Valence;
            return null;
        }
        return _words.TryGetValue(wordOrPhrase.Trim(), out var v) ? v : null;
    }

    /// <summary>A lexicon from word/valence pairs (valences on VADER's -4..4 scale).</summary>
    /// <exception cref="ArgumentException">A valence is not a finite number.</exception>
    public static SentimentLexicon FromDictionary(IEnumerable<KeyValuePair<string, double>> entries, string name = "custom")
    {
        ArgumentNullException.ThrowIfNull(entries);
        var list = entries.ToList();
        foreach (var (k, v) in list)
        {
            if (k is null) throw new ArgumentException("A lexicon entry has a null word.", nameof(entries));
            if (!double.IsFinite(v)) throw new ArgumentException($"Lexicon entry '{k}' has a valence that is not a finite number ({v}).", nameof(entries));
        }
        return new SentimentLexicon(name, list);
    }

    /// <summary>
    /// Reads a lexicon file: one entry a line, <c>word&lt;TAB&gt;valence</c> (further TAB columns are ignored,
    /// so VADER's own file reads as is); blank lines and lines starting with '#' are skipped. Valence uses
    /// '.' as the decimal point and should be on VADER's -4..4 scale.
    /// </summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="FormatException">A line is malformed; the message names the file and line.</exception>
    public static SentimentLexicon FromFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path)) throw new FileNotFoundException($"Lexicon file not found: {path}", path);
        using var reader = new StreamReader(path);
        return new SentimentLexicon(Path.GetFileNameWithoutExtension(path), ReadTabSeparated(reader, path, 1.0).ToList());
    }

    internal static IEnumerable<KeyValuePair<string, double>> ReadTabSeparated(TextReader reader, string source, double scale)
    {
        int lineNo = 0;
        for (string? line; (line = reader.ReadLine()) is not null;)
        {
            lineNo++;
            if (line.Length == 0 || line.StartsWith('#') || string.IsNullOrWhiteSpace(line)) continue;
            var parts = line.Split('\t');
            if (parts.Length < 2)
                throw new FormatException($"{source}:{lineNo}: expected 'word<TAB>valence' but found no TAB in \"{Truncate(line)}\".");
            if (parts[0].Trim().Length == 0)
                throw new FormatException($"{source}:{lineNo}: the word (first column) is empty.");
            if (!double.TryParse(parts[1].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || !double.IsFinite(v))
                throw new FormatException($"{source}:{lineNo}: valence \"{Truncate(parts[1])}\" is not a number (use '.' as the decimal point).");
            yield return new(parts[0], v * scale);
        }
    }

    private static SentimentLexicon LoadResource(string name, string resource, double scale)
    {
        using var reader = ResourceText.Open(resource);
        return new SentimentLexicon(name, ReadTabSeparated(reader, resource, scale).ToList());
    }

    private static SentimentLexicon LoadHuLiu()
    {
        var entries = new List<KeyValuePair<string, double>>();
        foreach (var (file, valence) in new[] { ("bingliu.positive-words.txt", HuLiuValence), ("bingliu.negative-words.txt", -HuLiuValence) })
        {
            using var reader = ResourceText.Open(file);
            for (string? line; (line = reader.ReadLine()) is not null;)
            {
                line = line.Trim();
                if (line.Length == 0 || line.StartsWith(';')) continue; // ';' starts the lists' comment header
                entries.Add(new(line, valence));
            }
        }
        // "envious", "enviously" and "enviousness" are in both lists: ambiguous, so left out.
        var ambiguous = entries.GroupBy(e => e.Key, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Select(e => e.Value).Distinct().Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return new SentimentLexicon("Hu-Liu", entries.Where(e => !ambiguous.Contains(e.Key)));
    }

    private static bool IsLowerCase(string s) => s.Equals(s.ToLowerInvariant(), StringComparison.Ordinal);

    private static string Truncate(string s) => s.Length <= 60 ? s : s[..60] + "...";

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"SentimentLexicon({Name}, {Count} entries)");
}
