namespace NewsLens.Notebooks;

/// <summary>
/// Tells .NET Interactive (Polyglot / Jupyter notebooks) how to display a type, without a package
/// reference: the kernel looks for an attribute with this type name on the displayed object's type
/// (inherited attributes count), reads <see cref="FormatterSourceType"/> and
/// <see cref="PreferredMimeTypes"/>, creates the source with its public parameterless constructor and
/// calls its public <c>CreateTypeFormatters()</c>. See docs/notebook-display.md.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface, Inherited = true, AllowMultiple = false)]
public sealed class TypeFormatterSourceAttribute : Attribute
{
    /// <summary>Marks a type as displayed by the formatters of <paramref name="formatterSourceType"/>.</summary>
    public TypeFormatterSourceAttribute(Type formatterSourceType)
    {
        FormatterSourceType = formatterSourceType ?? throw new ArgumentNullException(nameof(formatterSourceType));
    }

    /// <summary>The type whose <c>CreateTypeFormatters()</c> returns the formatters (e.g. <see cref="NewsLensFormatterSource"/>).</summary>
    public Type FormatterSourceType { get; }

    /// <summary>The MIME types the kernel sends to the front end (NewsLens uses "text/html" and "text/plain").</summary>
    public string[]? PreferredMimeTypes { get; set; }
}
