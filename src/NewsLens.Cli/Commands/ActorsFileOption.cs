using System.CommandLine;
using NewsLens.Actors;

namespace NewsLens.Cli.Commands;

/// <summary>The <c>--actors actors.yaml</c> option: the user's own actors added to the bundled dictionaries.</summary>
internal sealed class ActorsFileOption
{
    private readonly Option<string?> _file = new("--actors")
    {
        Description = "A YAML file of your own actors (name, kind, aliases, affiliation, roles) added to the bundled dictionaries.",
    };

    public void AddTo(Command command) => command.Add(_file);

    /// <summary>The dictionary to recognise actors with; null (after writing the error) when the file cannot be read.</summary>
    public ActorDictionary? Load(ParseResult parse, TextWriter error)
    {
        try
        {
            return parse.GetValue(_file) is { } file
                ? ActorDictionary.Default.With(ActorDictionary.FromYaml(file))
                : ActorDictionary.Default;
        }
        catch (Exception e) when (e is InvalidDataException or FileNotFoundException)
        {
            error.WriteLine($"error: {e.Message}");
            return null;
        }
    }
}
