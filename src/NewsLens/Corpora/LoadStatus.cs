namespace NewsLens.Corpora;

/// <summary>Outcome recorded for a file, a record or a document in a <see cref="LoadReport"/>.</summary>
public enum LoadStatus
{
    /// <summary>Read and kept.</summary>
    Loaded,
    /// <summary>Not kept; the entry's message says why.</summary>
    Skipped,
    /// <summary>Kept, but something was off (for example an unparseable date kept as text in Metadata["date_raw"]).</summary>
    Warning,
}
