namespace NewsLens.Tests.NotebookRunner;

/// <summary>
/// What the C# kernel gives every cell through <c>using static Microsoft.DotNet.Interactive.Kernel</c>:
/// <c>display</c> and <c>HTML</c>. Displayed values are recorded, formatted as the kernel would.
/// </summary>
public sealed class NotebookGlobals
{
    internal List<IReadOnlyDictionary<string, string>> Outputs { get; } = [];

    /// <summary>Displays a value (the kernel's Kernel.display).</summary>
#pragma warning disable IDE1006 // the kernel's names are lower-case
    public object? display(object? value, params string[] mimeTypes)
    {
        Outputs.Add(DisplayFormatting.Format(value, mimeTypes));
        return value;
    }

    /// <summary>Raw HTML content (the kernel's Kernel.HTML).</summary>
    public HtmlString HTML(string html) => new(html);
#pragma warning restore IDE1006
}
