namespace NewsLens.Corpora.Loaders;

/// <summary>A file to read: its display path (as given plus relative path), full path, folder and name parts.</summary>
internal sealed record SourceFile(string DisplayPath, string FullPath, string Folder, string Stem, string Extension, bool Gzip);
