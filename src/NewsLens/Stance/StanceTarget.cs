using System.Text.RegularExpressions;

namespace NewsLens.Stance;

/// <summary>
/// What a stance is taken toward: a name ("Turkey's purchase of the S-400") and the terms that identify it in
/// text ("S-400", "S-400s", "missile defence system", "the Russian deal"). Terms are matched case-insensitively
/// on word boundaries; a term may be a phrase (words separated by spaces) and may use the glob wildcards
/// <c>*</c> (any run of word characters, hyphens or apostrophes) and <c>?</c> (one such character),
/// e.g. "S-400*" matches "S-400", "S-400s" and "S-400’s".
/// </summary>
public sealed record StanceTarget
{
    private readonly Regex _pattern;

    /// <summary>Creates a target.</summary>
    /// <param name="Name">The target's name, as shown in results; also read by classifiers (e.g. a claim).</param>
    /// <param name="Terms">Phrases or globs that identify the target in text; at least one.</param>
    /// <exception cref="ArgumentException">The name is empty, there is no term, or a term is blank.</exception>
    public StanceTarget(string Name, IReadOnlyList<string> Terms)
    {
        ArgumentNullException.ThrowIfNull(Name);
        ArgumentNullException.ThrowIfNull(Terms);
        if (string.IsNullOrWhiteSpace(Name)) throw new ArgumentException("A stance target needs a name.", nameof(Name));
        if (Terms.Count == 0)
            throw new ArgumentException($"Stance target '{Name}' needs at least one term that identifies it in text (e.g. \"S-400\").", nameof(Terms));
        for (int i = 0; i < Terms.Count; i++)
            if (string.IsNullOrWhiteSpace(Terms[i]) || Terms[i].Trim().All(c => c is '*' or '?'))
                throw new ArgumentException($"Stance target '{Name}': term {i + 1} (\"{Terms[i]}\") is blank or only wildcards.", nameof(Terms));
        this.Name = Name.Trim();
        this.Terms = Terms.Select(t => t.Trim()).ToList();
        _pattern = BuildPattern(this.Terms);
    }

    /// <summary>The target's name.</summary>
    public string Name { get; }

    /// <summary>The terms that identify the target (trimmed).</summary>
    public IReadOnlyList<string> Terms { get; }

    /// <summary>A target whose only term is its name (for claims, as in stance data sets).</summary>
    public static StanceTarget FromName(string name) => new(name, [name]);

    /// <summary>True when <paramref name="text"/> contains one of the terms.</summary>
    public bool Matches(string text) => _pattern.IsMatch(text ?? throw new ArgumentNullException(nameof(text)));

    /// <summary>The [Start, End) spans of the term matches in <paramref name="text"/>, in order, not overlapping.</summary>
    public IReadOnlyList<(int Start, int End)> FindMatches(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return _pattern.Matches(text).Select(m => (m.Index, m.Index + m.Length)).ToList();
    }

    /// <summary>Targets are equal when their names and terms (in order) are equal.</summary>
    public bool Equals(StanceTarget? other) =>
        other is not null && Name == other.Name && Terms.SequenceEqual(other.Terms, StringComparer.Ordinal);

    /// <summary>A hash of the name and terms.</summary>
    public override int GetHashCode()
    {
        var h = new HashCode();
        h.Add(Name, StringComparer.Ordinal);
        foreach (var t in Terms) h.Add(t, StringComparer.Ordinal);
        return h.ToHashCode();
    }

    /// <summary>The target's name and terms.</summary>
    public override string ToString() => $"{Name} [{string.Join(" | ", Terms)}]";

    private const string WordChar = @"[\p{L}\p{N}\-'\u2019]";

    private static Regex BuildPattern(IEnumerable<string> terms)
    {
        // Longest terms first so "S-400s" wins over "S-400" at the same position.
        var alternatives = terms.OrderByDescending(t => t.Length).Select(TermPattern);
        return new Regex($@"(?<![\p{{L}}\p{{N}}])(?:{string.Join("|", alternatives)})(?![\p{{L}}\p{{N}}])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    private static string TermPattern(string term)
    {
        var words = term.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return string.Join(@"\s+", words.Select(w =>
        {
            var sb = new System.Text.StringBuilder();
            foreach (char c in w)
            {
                if (c == '*') sb.Append(WordChar).Append('*');
                else if (c == '?') sb.Append(WordChar);
                else if (c is '\'' or '\u2019') sb.Append(@"['\u2019]");
                else if (c is '-' or '\u2010' or '\u2011') sb.Append(@"[-\u2010\u2011]");
                else sb.Append(Regex.Escape(c.ToString()));
            }
            return sb.ToString();
        }));
    }
}
