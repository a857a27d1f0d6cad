namespace NewsLens.Stance;

/// <summary>Trains a <see cref="LinearStanceClassifier"/> from a JSON-lines file and saves it (for <c>newslens train stance</c>).</summary>
public static class StanceTraining
{
    /// <summary>
    /// Reads <paramref name="dataPath"/> (<see cref="StanceDataset"/> format), trains with <paramref name="seed"/>, writes the
    /// model to <paramref name="outPath"/> and returns a one-line summary.
    /// </summary>
    /// <exception cref="FileNotFoundException">The data file does not exist.</exception>
    /// <exception cref="FormatException">A data line is malformed; the message names the file and line.</exception>
    public static string Run(string dataPath, string outPath, int seed = 1, LinearStanceOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(dataPath);
        ArgumentException.ThrowIfNullOrWhiteSpace(outPath);
        var examples = StanceDataset.Read(dataPath);
        var model = LinearStanceClassifier.Train(examples, (options ?? new LinearStanceOptions()) with { Seed = seed });
        var dir = Path.GetDirectoryName(Path.GetFullPath(outPath));
        if (dir is not null) Directory.CreateDirectory(dir);
        model.Save(outPath);
        var t = model.Model.Training;
        return $"trained stance model on {examples.Count} examples ({Path.GetFileName(dataPath)}), {model.Model.FeatureCount} features, " +
            $"{t?.Iterations ?? 0} iterations, seed {seed} -> {outPath}";
    }
}
