using System.CommandLine;

namespace NewsLens.Cli.Output;

/// <summary>Options shared by several commands.</summary>
public static class CommonOptions
{
    /// <summary>--format table|csv|json.</summary>
    public static Option<string> Format()
    {
        var option = new Option<string>("--format", "-f")
        {
            Description = "Output format: table, csv or json.",
            DefaultValueFactory = _ => "table",
        };
        option.AcceptOnlyFromAmong("table", "csv", "json");
        return option;
    }

    /// <summary>The value of a --format option as an <see cref="OutputFormat"/>.</summary>
    public static OutputFormat GetFormat(this ParseResult parse, Option<string> format) =>
        Enum.Parse<OutputFormat>(parse.GetValue(format) ?? "table", ignoreCase: true);

    /// <summary>--strict: the first bad document stops the run.</summary>
    public static Option<bool> Strict() => new("--strict")
    {
        Description = "Stop at the first bad document instead of reporting and skipping it.",
    };

    /// <summary>--text-column for CSV corpora.</summary>
    public static Option<string> TextColumn() => new("--text-column")
    {
        Description = "Name of the text column in CSV files.",
        DefaultValueFactory = _ => "text",
    };

    /// <summary>--no-clean: keep boilerplate lines.</summary>
    public static Option<bool> NoClean() => new("--no-clean")
    {
        Description = "Keep boilerplate lines (share buttons, comment forms, 'READ MORE' and the like).",
    };
}
