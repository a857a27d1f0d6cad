using NewsLens.Charts;

namespace NewsLens.Notebooks;

/// <summary>
/// What a notebook's file-based twin (<c>dotnet run notebooks/NN-name.cs [output folder]</c>) needs besides
/// the analysis: the notebook folder (so data paths work from the repository root or from notebooks/), an
/// output folder for chart pages, and printing tables as text.
/// </summary>
public sealed class TwinOutput
{
    private TwinOutput(string notebookFolder, string folder)
    {
        NotebookFolder = notebookFolder;
        Folder = folder;
    }

    /// <summary>The folder holding the running .cs file (notebooks/).</summary>
    public string NotebookFolder { get; }

    /// <summary>Where chart pages are written.</summary>
    public string Folder { get; }

    /// <summary>
    /// The notebook folder comes from .NET 10's <c>EntryPointFilePath</c> of a file-based app; failing that,
    /// from the first folder above the current directory that holds <paramref name="dataFolder"/> (e.g.
    /// "data/s400"). The output folder is <paramref name="args"/>[0] when given, else notebooks/out.
    /// </summary>
    public static TwinOutput Create(string[] args, string dataFolder)
    {
        ArgumentNullException.ThrowIfNull(args);
        var notebooks = FindNotebookFolder(dataFolder);
        var folder = args.Length > 0 ? Path.GetFullPath(args[0]) : Path.Combine(notebooks, "out");
        Directory.CreateDirectory(folder);
        return new TwinOutput(notebooks, folder);
    }

    /// <summary>A path relative to the repository root (the notebook folder's parent), e.g. Data("data", "s400").</summary>
    public string Data(params string[] parts) => Path.GetFullPath(Path.Combine([NotebookFolder, "..", .. parts]));

    /// <summary>Prints a result as text.</summary>
    public void Show(IHtmlRenderable value)
    {
        ArgumentNullException.ThrowIfNull(value);
        Console.WriteLine(value.ToText() + "\n");
    }

    /// <summary>Writes <paramref name="figure"/> as a stand-alone page <c>name.html</c> in <see cref="Folder"/>.</summary>
    public void Save(string name, Figure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        SaveHtml(name, PlotlyHtml.ToHtmlPage(figure));
    }

    /// <summary>Writes an HTML page <c>name.html</c> in <see cref="Folder"/>.</summary>
    public void SaveHtml(string name, string html)
    {
        var path = Path.Combine(Folder, name + ".html");
        File.WriteAllText(path, html);
        Console.WriteLine($"chart: {path}\n");
    }

    private static string FindNotebookFolder(string dataFolder)
    {
        if (AppContext.GetData("EntryPointFilePath") is string file) return Path.GetDirectoryName(Path.GetFullPath(file))!;
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
            if (Directory.Exists(Path.Combine(dir.FullName, dataFolder))) return Path.Combine(dir.FullName, "notebooks");
        throw new DirectoryNotFoundException($"Cannot find {dataFolder} above {Environment.CurrentDirectory}");
    }
}
