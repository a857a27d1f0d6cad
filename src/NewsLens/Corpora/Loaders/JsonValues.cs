using System.Text.Json;

namespace NewsLens.Corpora.Loaders;

/// <summary>Turns a JSON object into field/value pairs: strings, long or double, bool, null; nested objects and arrays as raw JSON text.</summary>
internal static class JsonValues
{
    public static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public static List<KeyValuePair<string, object?>> Fields(JsonElement obj)
    {
        var fields = new List<KeyValuePair<string, object?>>();
        foreach (var p in obj.EnumerateObject())
            fields.Add(new(p.Name, Value(p.Value)));
        return fields;
    }

    private static object? Value(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => e.GetString(),
        JsonValueKind.Number => e.TryGetInt64(out var l) ? (object)l : e.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => e.GetRawText(),
    };

    public static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => kind.ToString(),
    };
}
