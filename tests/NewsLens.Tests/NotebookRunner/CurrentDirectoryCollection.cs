namespace NewsLens.Tests.NotebookRunner;

/// <summary>Tests that change the process's current directory (notebooks run from their own folder) run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CurrentDirectoryCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "current directory";
}
