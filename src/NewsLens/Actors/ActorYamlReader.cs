using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace NewsLens.Actors;

/// <summary>
/// Reads a user actor file: a YAML list (or a mapping with an <c>actors</c> list) of
/// <c>{ name, kind, aliases, affiliation, roles, context_aliases }</c>. Roles are either a title string
/// ("president") or a mapping <c>{ title, country, from, to }</c> with ISO dates. Every error names the
/// file and line.
/// </summary>
internal static class ActorYamlReader
{
    private static readonly string[] ValidKeys = ["name", "kind", "aliases", "affiliation", "roles", "context_aliases"];
    private static readonly string[] ValidRoleKeys = ["title", "country", "from", "to"];
    private static readonly string[] ValidKinds = ["person", "country", "organisation"];

    public static List<Actor> Read(string yaml, string source)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            throw new InvalidDataException($"{source}:{ex.Start.Line}: invalid YAML: {ex.Message}", ex);
        }
        var actors = new List<Actor>();
        if (stream.Documents.Count == 0) return actors;
        var root = stream.Documents[0].RootNode;
        if (root is YamlMappingNode map)
        {
            var list = map.Children.FirstOrDefault(kv => Scalar(kv.Key) == "actors").Value;
            root = list ?? throw Error(source, root, "expected a list of actors, or a mapping with an 'actors' list");
        }
        if (root is YamlScalarNode s && string.IsNullOrEmpty(s.Value)) return actors;
        if (root is not YamlSequenceNode seq)
            throw Error(source, root, "expected a list of actors");
        foreach (var item in seq)
            actors.Add(ReadActor(item, source));
        return actors;
    }

    private static Actor ReadActor(YamlNode node, string source)
    {
        if (node is not YamlMappingNode map)
            throw Error(source, node, "each actor must be a mapping with at least 'name' and 'kind'");
        string? name = null, affiliation = null;
        ActorKind? kind = null;
        var aliases = new List<string>();
        var context = new List<string>();
        var roles = new List<ActorRole>();
        foreach (var (keyNode, value) in map.Children)
        {
            var key = Scalar(keyNode);
            switch (key)
            {
                case "name": name = RequireScalar(value, source, "name"); break;
                case "kind":
                    var k = RequireScalar(value, source, "kind").Trim().ToLowerInvariant();
                    kind = k switch
                    {
                        "person" => ActorKind.Person,
                        "country" => ActorKind.Country,
                        "organisation" or "organization" => ActorKind.Organisation,
                        _ => throw Error(source, value, $"unknown kind '{k}'; valid kinds: {string.Join(", ", ValidKinds)}"),
                    };
                    break;
                case "aliases": aliases.AddRange(ScalarList(value, source, "aliases")); break;
                case "context_aliases": context.AddRange(ScalarList(value, source, "context_aliases")); break;
                case "affiliation": affiliation = NullIfEmpty(RequireScalar(value, source, "affiliation")); break;
                case "roles":
                    if (value is not YamlSequenceNode rs) throw Error(source, value, "'roles' must be a list");
                    foreach (var r in rs) roles.Add(ReadRole(r, source));
                    break;
                default:
                    throw Error(source, keyNode, $"unknown field '{key}'; valid fields: {string.Join(", ", ValidKeys)}");
            }
        }
        if (string.IsNullOrWhiteSpace(name)) throw Error(source, node, "actor without a 'name'");
        if (kind is null) throw Error(source, node, $"actor '{name}' has no 'kind'; valid kinds: {string.Join(", ", ValidKinds)}");
        roles = roles.Select(r => r.Country is null && affiliation is not null && kind == ActorKind.Person ? r with { Country = affiliation } : r).ToList();
        return new Actor(name.Trim(), kind.Value, affiliation, aliases) { Roles = roles, ContextAliases = context };
    }

    private static ActorRole ReadRole(YamlNode node, string source)
    {
        if (node is YamlScalarNode s)
            return new ActorRole(RequireScalar(s, source, "roles").Trim().ToLowerInvariant(), null, null, null);
        if (node is not YamlMappingNode map)
            throw Error(source, node, "a role must be a title or a mapping { title, country, from, to }");
        string? title = null, country = null;
        DateTime? from = null, to = null;
        foreach (var (keyNode, value) in map.Children)
        {
            var key = Scalar(keyNode);
            switch (key)
            {
                case "title": title = RequireScalar(value, source, "title").Trim().ToLowerInvariant(); break;
                case "country": country = NullIfEmpty(RequireScalar(value, source, "country")); break;
                case "from": from = ParseDate(value, source); break;
                case "to": to = ParseDate(value, source); break;
                default:
                    throw Error(source, keyNode, $"unknown role field '{key}'; valid fields: {string.Join(", ", ValidRoleKeys)}");
            }
        }
        if (string.IsNullOrWhiteSpace(title)) throw Error(source, node, "role without a 'title'");
        if (from is not null && to is not null && to < from) throw Error(source, node, string.Create(CultureInfo.InvariantCulture, $"role '{title}' ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd})"));
        return new ActorRole(title, country, from, to);
    }

    private static DateTime? ParseDate(YamlNode node, string source)
    {
        var text = NullIfEmpty(RequireScalar(node, source, "date"));
        if (text is null) return null;
        string[] formats = ["yyyy-MM-dd", "yyyy-MM", "yyyy"];
        if (DateTime.TryParseExact(text.Trim(), formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        throw Error(source, node, $"'{text}' is not a date; write yyyy-MM-dd, yyyy-MM or yyyy");
    }

    private static string? NullIfEmpty(string s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static string? Scalar(YamlNode node) => (node as YamlScalarNode)?.Value;

    private static string RequireScalar(YamlNode node, string source, string field) =>
        node is YamlScalarNode s ? s.Value ?? "" : throw Error(source, node, $"'{field}' must be a single value");

    private static IEnumerable<string> ScalarList(YamlNode node, string source, string field)
    {
        if (node is YamlScalarNode one) return string.IsNullOrWhiteSpace(one.Value) ? [] : [one.Value!];
        if (node is not YamlSequenceNode seq) throw Error(source, node, $"'{field}' must be a list of names");
        return seq.Select(n => RequireScalar(n, source, field)).Where(v => !string.IsNullOrWhiteSpace(v)).ToList();
    }

    private static InvalidDataException Error(string source, YamlNode node, string message) =>
        new($"{source}:{node.Start.Line}: {message}");
}
