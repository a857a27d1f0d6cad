
namespace NewsLens.Text;

/// <summary>
/// Stopword lists: sets of words compared case-insensitively (ordinal, ignoring case).
/// </summary>
public static class Stopwords
{
    private const string EnglishResource = "NewsLens.Resources.stopwords.stopwords-en.txt";
    private static readonly Lazy<IReadOnlySet<string>> EnglishList = new(LoadEnglish);

    /// <summary>
    /// The English list of stopwords-iso (1,298 words, MIT licence; see Resources/licences/stopwords-iso-LICENSE.txt).
    /// </summary>
    public static IReadOnlySet<string> English => EnglishList.Value;

    /// <summary>A stopword set from <paramref name="words"/> (blank entries are ignored, entries are trimmed).</summary>
    public static IReadOnlySet<string> From(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var w in words)
        {
            if (w is null) throw new ArgumentException("The stopword list contains a null entry.", nameof(words));
            var t = w.Trim();
            if (t.Length > 0) set.Add(t);
        }
        return set;
    }

    /// <summary>
    /// Reads a stopword file: UTF-8, one word a line; blank lines and lines starting with '#' are skipped.
    /// </summary>
    /// <exception cref="FileNotFoundException">The file does not exist (the message names it).</exception>
    public static IReadOnlySet<string> FromFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
            throw new FileNotFoundException($"Stopword file '{path}' does not exist.", path);
        return From(File.ReadLines(path).Where(l => !l.TrimStart().StartsWith('#')));
    }

    private static IReadOnlySet<string> LoadEnglish()
    {
        using var reader = NewsLens.IO.ResourceText.Open(EnglishResource);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line) lines.Add(line);
        return From(lines);
    }
}
