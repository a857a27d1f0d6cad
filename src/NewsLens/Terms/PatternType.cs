namespace NewsLens.Terms;

/// <summary>How a <see cref="Kwic"/> pattern (each space-separated part of it) matches a token.</summary>
public enum PatternType
{
    /// <summary>The whole token matches a glob: * any run of characters, ? one character.</summary>
    Glob,
    /// <summary>The token contains a match of a .NET regular expression (use ^ and $ to anchor).</summary>
    Regex,
    /// <summary>The token equals the pattern.</summary>
    Fixed,
}
