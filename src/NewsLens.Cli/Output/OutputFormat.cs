namespace NewsLens.Cli.Output;

/// <summary>How a command prints its result table.</summary>
public enum OutputFormat
{
    /// <summary>A human-readable table (Spectre.Console).</summary>
    Table,
    /// <summary>Comma-separated values with a header row (RFC 4180 quoting).</summary>
    Csv,
    /// <summary>A JSON array of objects.</summary>
    Json,
}
