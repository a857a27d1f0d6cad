namespace NewsLens.Tests;

/// <summary>
/// Locates the repository and the ../shared folder beside it. Tests that read ../shared check
/// <see cref="Available"/> and return early with a message when it is absent (a user's clone);
/// CI always has it.
/// </summary>
public static class SharedData
{
    /// <summary>The repository root (the folder holding Analysis.sln).</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>The ../shared folder beside the repository, whether or not it exists.</summary>
    public static string Root { get; } = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));

    /// <summary>True when ../shared is present.</summary>
    public static bool Available => Directory.Exists(Root);

    /// <summary>A path inside ../shared.</summary>
    public static string Path_(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>A path inside the repository.</summary>
    public static string Repo(params string[] parts) => Path.Combine([RepoRoot, .. parts]);

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Analysis.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Analysis.sln not found above " + AppContext.BaseDirectory);
    }
}
