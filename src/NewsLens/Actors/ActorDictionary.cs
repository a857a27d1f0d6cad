namespace NewsLens.Actors;

/// <summary>
/// An immutable set of actors (people, countries, organisations) with their aliases, affiliations and roles.
/// <see cref="Default"/> is the Phoenix/PETRARCH2 dictionaries (about 26,000 actors, MIT) plus the bundled
/// supplement (demonyms, news organisations, office holders with dated roles); <see cref="With"/> layers
/// another dictionary on top, for example a user file read with <see cref="FromYaml"/>.
/// </summary>
public sealed class ActorDictionary
{
    private static readonly Lazy<ActorDictionary> _default = new(() =>
        new ActorDictionary([(PhoenixResource.LoadPhoenix(), 0)]).With(new ActorDictionary([(PhoenixResource.LoadSupplement(), 0)])));

    private readonly List<Actor> _actors;
    private readonly int[] _priority;
    private readonly Dictionary<string, int> _byKey;
    private readonly Lazy<AliasTrie> _trie;
    private readonly Lazy<Dictionary<(string Title, string Country), List<(Actor Actor, ActorRole Role)>>> _roles;

    private ActorDictionary(IEnumerable<(List<Actor> Actors, int Priority)> layers)
    {
        _actors = [];
        var priorities = new List<int>();
        _byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (actors, priority) in layers)
        {
            foreach (var a in actors)
            {
                var key = NameKey(a.CanonicalName);
                if (_byKey.TryGetValue(key, out var i))
                {
                    _actors[i] = Merge(_actors[i], a);
                    priorities[i] = Math.Max(priorities[i], priority);
                }
                else
                {
                    _byKey[key] = _actors.Count;
                    _actors.Add(a);
                    priorities.Add(priority);
                }
            }
        }
        _priority = [.. priorities];
        NormaliseCountries();
        _trie = new Lazy<AliasTrie>(BuildTrie);
        _roles = new Lazy<Dictionary<(string, string), List<(Actor, ActorRole)>>>(BuildRoleIndex);
    }

    /// <summary>The bundled dictionary: Phoenix/PETRARCH2 actors plus the supplement. Loaded once, on first use.</summary>
    public static ActorDictionary Default => _default.Value;

    /// <summary>A dictionary with no actors (recognition then relies on discovery of titled names only).</summary>
    public static ActorDictionary Empty { get; } = new([]);

    /// <summary>All actors, in insertion order.</summary>
    public IReadOnlyList<Actor> Actors => _actors;

    /// <summary>Number of actors.</summary>
    public int Count => _actors.Count;

    /// <summary>A dictionary of the given actors.</summary>
    public static ActorDictionary FromActors(IEnumerable<Actor> actors)
    {
        ArgumentNullException.ThrowIfNull(actors);
        return new([(actors.ToList(), 0)]);
    }

    /// <summary>
    /// Reads a YAML actor file: a list of <c>{ name, kind (person|country|organisation), aliases: [...],
    /// affiliation, roles: [title | { title, country, from, to }], context_aliases: [...] }</c>.
    /// </summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">The file is not valid; the message names the file and line.</exception>
    public static ActorDictionary FromYaml(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path)) throw new FileNotFoundException($"Actor file not found: {path}", path);
        return FromYamlText(File.ReadAllText(path), path);
    }

    /// <summary>Reads actors from YAML text (see <see cref="FromYaml"/>); <paramref name="source"/> names it in errors.</summary>
    public static ActorDictionary FromYamlText(string yaml, string source = "<yaml>")
    {
        ArgumentNullException.ThrowIfNull(yaml);
        return new([(ActorYamlReader.Read(yaml, source), 0)]);
    }

    /// <summary>
    /// This dictionary with <paramref name="other"/> layered on top: actors with the same canonical name are
    /// merged (the other's kind and affiliation win, aliases and roles are combined), and where two actors
    /// share an alias, the other's actor is chosen.
    /// </summary>
    public ActorDictionary With(ActorDictionary other)
    {
        ArgumentNullException.ThrowIfNull(other);
        int top = _priority.Length == 0 ? 0 : _priority.Max() + 1;
        var mine = _actors.Select((a, i) => (a, _priority[i]));
        var theirs = other._actors.Select((a, i) => (a, other._priority[i] + top));
        return new ActorDictionary(mine.Concat(theirs).GroupBy(x => x.Item2).OrderBy(g => g.Key).Select(g => (g.Select(x => x.a).ToList(), g.Key)));
    }

    /// <summary>The actor whose canonical name or alias is <paramref name="name"/> (case-insensitive), or null.</summary>
    public Actor? Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (_byKey.TryGetValue(NameKey(name), out var i)) return _actors[i];
        var tokens = WordScanner.Scan(name);
        var keys = tokens.Select(t => t.Key).ToArray();
        var match = _trie.Value.Match(tokens, 0).FirstOrDefault(p => p.Keys.Length == keys.Length && !p.Contextual);
        return match is null ? null : _actors[match.ActorIndex];
    }

    internal AliasTrie Trie => _trie.Value;

    internal int PriorityOf(int actorIndex) => _priority[actorIndex];

    /// <summary>People holding a titled role in a country (role titles are lower case: "president").</summary>
    internal IReadOnlyList<(Actor Actor, ActorRole Role)> RoleHolders(string title, string country) =>
        _roles.Value.TryGetValue((title, country), out var list) ? list : [];

    internal static string NameKey(string name) =>
        new(WordScanner.KeyOf(name).Where(char.IsLetterOrDigit).ToArray());

    private static Actor Merge(Actor a, Actor b) => new(b.CanonicalName, b.Kind, b.Affiliation ?? a.Affiliation,
        a.Aliases.Concat(b.Aliases).Distinct(StringComparer.OrdinalIgnoreCase).ToList())
    {
        Roles = a.Roles.Concat(b.Roles).Distinct().ToList(),
        ContextAliases = a.ContextAliases.Concat(b.ContextAliases).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
    };

    /// <summary>Affiliations and role countries written as an alias ("Turkish", "USA") become the country's canonical name.</summary>
    private void NormaliseCountries()
    {
        var countryByKey = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var a in _actors.Where(a => a.Kind == ActorKind.Country))
        {
            countryByKey.TryAdd(NameKey(a.CanonicalName), a.CanonicalName);
        }
        foreach (var a in _actors.Where(a => a.Kind == ActorKind.Country))
            foreach (var alias in a.Aliases)
                countryByKey.TryAdd(NameKey(alias), a.CanonicalName);
        string? Norm(string? c) => c is null ? null : countryByKey.GetValueOrDefault(NameKey(c), c);
        for (int i = 0; i < _actors.Count; i++)
        {
            var a = _actors[i];
            if (a.Affiliation is null && a.Roles.All(r => r.Country is null)) continue;
            _actors[i] = a with
            {
                Affiliation = Norm(a.Affiliation),
                Roles = a.Roles.Select(r => r.Country is null ? r : r with { Country = Norm(r.Country) }).ToList(),
            };
        }
    }

    private AliasTrie BuildTrie()
    {
        var trie = new AliasTrie();
        for (int i = 0; i < _actors.Count; i++)
        {
            var a = _actors[i];
            foreach (var alias in a.Aliases.Prepend(a.CanonicalName))
            {
                var p = AliasPattern.Create(alias, i, _priority[i], contextual: false);
                if (p is not null) trie.Add(p);
            }
            foreach (var alias in a.ContextAliases)
            {
                var p = AliasPattern.Create(alias, i, _priority[i], contextual: true);
                if (p is not null) trie.Add(p);
            }
        }
        return trie;
    }

    private Dictionary<(string, string), List<(Actor, ActorRole)>> BuildRoleIndex()
    {
        var index = new Dictionary<(string, string), List<(Actor, ActorRole)>>();
        foreach (var a in _actors.Where(a => a.Kind == ActorKind.Person))
        {
            foreach (var r in a.Roles)
            {
                if (r.Country is null || r.Title.Any(char.IsUpper)) continue; // CAMEO codes are upper case
                var key = (RoleLexicon.Normalise(r.Title), r.Country);
                if (!index.TryGetValue(key, out var list)) index[key] = list = [];
                list.Add((a, r));
            }
        }
        return index;
    }
}
