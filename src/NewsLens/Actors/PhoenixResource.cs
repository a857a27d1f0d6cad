using System.Globalization;
using System.Text;

namespace NewsLens.Actors;

/// <summary>
/// Loads the bundled actors converted from the Phoenix/PETRARCH2 dictionaries (MIT; see
/// Resources/licences/petrarch2-LICENSE.txt) by tools/petrarch2-to-actors.py, and the hand-curated
/// supplement (Resources/actors/supplement.yaml).
/// </summary>
internal static class PhoenixResource
{
    public const string PhoenixFile = "phoenix-actors.tsv.gz";
    public const string SupplementFile = "supplement.yaml";

    public static Stream Open(string fileName) => NewsLens.IO.ResourceText.OpenStream(".actors." + fileName);

    public static List<Actor> LoadPhoenix()
    {
        using var reader = new StreamReader(Open(PhoenixFile), Encoding.UTF8);
        var rows = new List<string[]>();
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0) continue;
            var cols = line.Split('\t');
            if (cols.Length != 5) throw new InvalidDataException($"{PhoenixFile}: malformed row '{line}'");
            rows.Add(cols);
        }
        var countryByCode = rows.Where(r => r[0] == "country").ToDictionary(r => r[2], r => r[1], StringComparer.Ordinal);
        var actors = new List<Actor>(rows.Count);
        foreach (var r in rows)
        {
            var kind = r[0] switch
            {
                "country" => ActorKind.Country,
                "person" => ActorKind.Person,
                _ => ActorKind.Organisation,
            };
            string? affiliation = kind == ActorKind.Country || r[2].Length == 0 ? null : countryByCode.GetValueOrDefault(r[2]);
            var roles = new List<ActorRole>();
            if (r[3].Length > 0)
            {
                foreach (var role in r[3].Split(';'))
                {
                    var (code, range) = (role[..role.IndexOf(':')], role[(role.IndexOf(':') + 1)..]);
                    var dash = range.IndexOf('-');
                    roles.Add(new ActorRole(code, code.Length >= 3 ? countryByCode.GetValueOrDefault(code[..3]) : null,
                        ParseDate(range[..dash]), ParseDate(range[(dash + 1)..])));
                }
            }
            actors.Add(new Actor(r[1], kind, affiliation, r[4].Split('|')) { Roles = roles });
        }
        return actors;
    }

    public static List<Actor> LoadSupplement()
    {
        using var reader = new StreamReader(Open(SupplementFile), Encoding.UTF8);
        return ActorYamlReader.Read(reader.ReadToEnd(), "Resources/actors/" + SupplementFile);
    }

    private static DateTime? ParseDate(string s) =>
        s.Length == 8 && DateTime.TryParseExact(s, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
