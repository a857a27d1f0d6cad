namespace NewsLens.Terms;

/// <summary>How <see cref="DocumentFeatureMatrix.Build(IEnumerable{ValueTuple{NewsLens.Corpora.DocumentInfo, IEnumerable{string}}}, DfmBuildOptions?)"/> reads documents.</summary>
/// <param name="MaxDegreeOfParallelism">
/// Number of threads counting documents, the calling thread included (1 = serial, the default). Documents
/// are read in order and cut into chunks; each free thread takes the next chunk and counts it, and the
/// chunks' new features are numbered in document order, so the result is identical to the serial one.
/// </param>
/// <param name="ChunkSize">Documents per chunk when counting token sequences in parallel; at most
/// MaxDegreeOfParallelism x ChunkSize documents are held at once.</param>
/// <param name="ChunkCharacters">When tokenizing and counting texts in parallel
/// (<see cref="DocumentFeatureMatrix.From(IEnumerable{NewsLens.Corpora.Document}, NewsLens.Text.TokenizerOptions?, DfmBuildOptions?)"/>),
/// a chunk ends once its texts hold this many characters (chunks of about a million characters or more
/// keep the per-chunk cost small next to the counting).</param>
public sealed record DfmBuildOptions(int MaxDegreeOfParallelism = 1, int ChunkSize = 64, int ChunkCharacters = 2_000_000)
{
    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first invalid option.</summary>
    public void Validate()
    {
        if (MaxDegreeOfParallelism < 1)
            throw new ArgumentOutOfRangeException(nameof(MaxDegreeOfParallelism), MaxDegreeOfParallelism,
                "MaxDegreeOfParallelism must be 1 (serial) or more.");
        if (ChunkSize < 1)
            throw new ArgumentOutOfRangeException(nameof(ChunkSize), ChunkSize, "ChunkSize must be 1 or more.");
        if (ChunkCharacters < 1)
            throw new ArgumentOutOfRangeException(nameof(ChunkCharacters), ChunkCharacters, "ChunkCharacters must be 1 or more.");
    }
}
