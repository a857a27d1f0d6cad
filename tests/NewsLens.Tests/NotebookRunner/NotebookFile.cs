using System.Text.Json;
using System.Text.Json.Nodes;

namespace NewsLens.Tests.NotebookRunner;

/// <summary>A code or markdown cell of an .ipynb notebook.</summary>
public sealed record NotebookCell(int Index, string CellType, string Language, string Source, JsonObject Node);

/// <summary>
/// Reads and writes .ipynb files (nbformat 4) for the .NET C# kernel: cell sources, each cell's
/// kernel language (polyglot_notebook.kernelName or dotnet_interactive.language), and outputs.
/// </summary>
public sealed class NotebookFile
{
    private readonly JsonObject _root;

    private NotebookFile(string path, JsonObject root)
    {
        Path = path;
        _root = root;
        var cells = root["cells"] as JsonArray ?? throw new InvalidDataException($"{path}: no 'cells' array");
        Cells = cells.Select((c, i) =>
        {
            var cell = c as JsonObject ?? throw new InvalidDataException($"{path}: cell {i} is not an object");
            var type = (string?)cell["cell_type"] ?? "code";
            var language = (string?)cell["metadata"]?["polyglot_notebook"]?["kernelName"]
                ?? (string?)cell["metadata"]?["dotnet_interactive"]?["language"]
                ?? DefaultLanguage(root);
            return new NotebookCell(i, type, language, JoinSource(cell["source"]), cell);
        }).ToList();
    }

    /// <summary>The file this notebook was read from.</summary>
    public string Path { get; }

    /// <summary>The cells in order.</summary>
    public IReadOnlyList<NotebookCell> Cells { get; }

    /// <summary>The notebook-level metadata object.</summary>
    public JsonObject? Metadata => _root["metadata"] as JsonObject;

    /// <summary>Reads an .ipynb file.</summary>
    public static NotebookFile Read(string path)
    {
        var node = JsonNode.Parse(File.ReadAllText(path)) as JsonObject
            ?? throw new InvalidDataException($"{path}: not a JSON object");
        return new NotebookFile(path, node);
    }

    /// <summary>Replaces the outputs of a code cell with display_data outputs (one per displayed value).</summary>
    public void SetOutputs(NotebookCell cell, IEnumerable<IReadOnlyDictionary<string, string>> outputs, int executionCount)
    {
        var array = new JsonArray();
        foreach (var output in outputs)
        {
            var data = new JsonObject();
            foreach (var (mime, value) in output)
                data[mime] = SplitLines(value);
            array.Add(new JsonObject
            {
                ["output_type"] = "display_data",
                ["data"] = data,
                ["metadata"] = new JsonObject(),
            });
        }
        cell.Node["outputs"] = array;
        cell.Node["execution_count"] = executionCount;
    }

    /// <summary>Writes the notebook back (indented like Jupyter, one space... two spaces are fine for every front end).</summary>
    public void Save(string? path = null)
    {
        var text = _root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        File.WriteAllText(path ?? Path, text.Replace("\r\n", "\n") + "\n");
    }

    private static string DefaultLanguage(JsonObject root) =>
        (string?)root["metadata"]?["polyglot_notebook"]?["kernelInfo"]?["defaultKernelName"]
        ?? (string?)root["metadata"]?["kernelspec"]?["language"]
        ?? "csharp";

    private static string JoinSource(JsonNode? source) => source switch
    {
        null => "",
        JsonArray lines => string.Concat(lines.Select(l => (string?)l ?? "")),
        _ => (string?)source ?? "",
    };

    private static JsonArray SplitLines(string text)
    {
        var array = new JsonArray();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = i < lines.Length - 1 ? lines[i] + "\n" : lines[i];
            if (line.Length > 0) array.Add(line);
        }
        return array;
    }
}
