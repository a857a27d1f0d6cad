using System.Reflection;

namespace NewsLens.Sentiment;

/// <summary>Reads the text files embedded under src/NewsLens/Resources by the end of their manifest name.</summary>
internal static class ResourceText
{
    /// <summary>Opens the embedded resource whose name ends with <paramref name="suffix"/> (e.g. "vader.vader_lexicon.txt").</summary>
    public static TextReader Open(string suffix)
    {
        var assembly = typeof(ResourceText).Assembly;
        var name = assembly.GetManifestResourceNames().FirstOrDefault(n => n.EndsWith(suffix, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"Embedded resource '*{suffix}' is missing from {assembly.GetName().Name}.");
        return new StreamReader(assembly.GetManifestResourceStream(name)!);
    }
}
