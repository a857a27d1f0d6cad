namespace NewsLens.Sentiment.Targeted;

/// <summary>
/// The reproducible training run behind <c>newslens train target-sentiment --data train.jsonl --out model.json --seed 1</c>:
/// reads a NewsMTSC file, trains a <see cref="TargetSentimentModel"/> (C and class weighting tuned on a seeded
/// 10 % hold-out of the sentences) and writes it. The shipped default model is <c>Run(train.jsonl, ..., 1)</c>.
/// </summary>
public static class TargetSentimentTraining
{
    /// <summary>Trains on <paramref name="dataPath"/> with <paramref name="seed"/> and saves the model to <paramref name="outPath"/> (gzip when it ends in ".gz").</summary>
    /// <exception cref="FileNotFoundException">The data file does not exist.</exception>
    /// <exception cref="InvalidDataException">A data line is malformed (the message names file and line).</exception>
    public static TargetSentimentModel Run(string dataPath, string outPath, int seed = 1)
    {
        ArgumentException.ThrowIfNullOrEmpty(outPath);
        var model = TargetSentimentModel.Train(NewsMtscReader.Read(dataPath), new TargetSentimentTrainingOptions(Seed: seed));
        model.Save(outPath);
        return model;
    }
}
