using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Spectre.Console;

namespace NewsLens.Cli.Output;

/// <summary>
/// Writes a sequence of result rows (records) as a table, CSV or JSON. Columns are the public
/// instance properties of the row type, in declaration order; collections are joined with "; ".
/// </summary>
public static class ResultWriter
{
    /// <summary>
    /// The JSON settings of every command: camelCase, indented, nulls omitted, enums as strings. The commands write their
    /// JSON with <see cref="JsonRows"/>, which does what System.Text.Json does with these settings without its reflection
    /// (so that the native build runs it); tests compare the two.
    /// </summary>
    public static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    /// <summary>Writes <paramref name="rows"/> in <paramref name="format"/>; <paramref name="title"/> heads the table format only.</summary>
    public static void Write<T>(TextWriter writer, IEnumerable<T> rows, OutputFormat format, string? title = null)
    {
        var list = rows.ToList();
        var props = typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.GetCustomAttribute<JsonIgnoreAttribute>() is null)
            .ToArray();
        switch (format)
        {
            case OutputFormat.Json:
                writer.WriteLine(JsonRows.Serialize(list));
                break;
            case OutputFormat.Csv:
                writer.WriteLine(string.Join(",", props.Select(p => CsvField(p.Name))));
                foreach (var row in list)
                    writer.WriteLine(string.Join(",", props.Select(p => CsvField(Cell(p.GetValue(row))))));
                break;
            default:
                var table = new Table().Border(TableBorder.Rounded);
                if (title is not null) table.Title(Markup.Escape(title));
                foreach (var p in props) table.AddColumn(new TableColumn(Markup.Escape(p.Name)));
                foreach (var row in list)
                    table.AddRow(props.Select(p => Markup.Escape(Cell(p.GetValue(row)))).ToArray());
                Console(writer).Write(table);
                break;
        }
    }

    /// <summary>A Spectre console that writes to <paramref name="writer"/> (wide, so tables are not squeezed when redirected).</summary>
    public static IAnsiConsole Console(TextWriter writer)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = ReferenceEquals(writer, System.Console.Out) && !System.Console.IsOutputRedirected ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = ColorSystemSupport.Detect,
            Interactive = InteractionSupport.No,
        });
        if (!ReferenceEquals(writer, System.Console.Out) || System.Console.IsOutputRedirected)
            console.Profile.Width = 200;
        return console;
    }

    /// <summary>The text of one cell.</summary>
    public static string Cell(object? value) => value switch
    {
        null => "",
        string s => s,
        DateTime d => d.TimeOfDay == TimeSpan.Zero
            ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : d.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),
        double x => x.ToString("G6", CultureInfo.InvariantCulture),
        float x => x.ToString("G6", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable e => string.Join("; ", e.Cast<object?>().Select(Cell)),
        _ => value.ToString() ?? "",
    };

    /// <summary>RFC 4180 quoting.</summary>
    public static string CsvField(string value)
    {
        if (value.IndexOfAny([',', '"', '\n', '\r']) < 0) return value;
        var sb = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value) { if (c == '"') sb.Append('"'); sb.Append(c); }
        return sb.Append('"').ToString();
    }
}
