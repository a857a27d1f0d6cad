namespace NewsLens.Corpora;

/// <summary>Progress of <see cref="Corpus.Load"/>, reported after each file.</summary>
/// <param name="FilesDone">Files finished so far.</param>
/// <param name="FilesTotal">Files to read in total.</param>
/// <param name="CurrentFile">The file just finished.</param>
public readonly record struct LoadProgress(int FilesDone, int FilesTotal, string CurrentFile);
