using System.Globalization;
using System.Text.Json;
using NewsLens.Learning;

namespace NewsLens.Sentiment.Targeted;

public sealed partial class TargetSentimentModel
{
    /// <summary>The value of the "format" field of a saved target-sentiment model.</summary>
    public const string FormatName = "newslens-target-sentiment";

    /// <summary>The version of the file layout and of the feature set (<see cref="TargetFeatures"/>); a model saved with another feature set cannot be used.</summary>
    public const int FormatVersion = 1;

    private const string ResourceSuffix = ".models.target-sentiment.json.gz";

    /// <summary>Writes the model as JSON (gzip-compressed when the path ends in ".gz").</summary>
    public void Save(string path) => NewsLens.IO.ModelFiles.Save(path, Save);

    /// <summary>Writes the model as (uncompressed) JSON to a stream, leaving it open.</summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var w = new Utf8JsonWriter(stream);
        w.WriteStartObject();
        w.WriteString("format", FormatName);
        w.WriteNumber("version", FormatVersion);
        w.WriteStartArray("tuning");
        foreach (var t in Tuning)
        {
            w.WriteStartObject();
            w.WriteNumber("C", t.C);
            w.WriteString("classWeights", t.ClassWeights.ToString());
            w.WriteNumber("macroF1", t.MacroF1);
            w.WriteNumber("accuracy", t.Accuracy);
            w.WriteNumber("heldOut", t.HeldOut);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WritePropertyName("classifier");
        Classifier.WriteTo(w);
        w.WriteEndObject();
    }

    /// <summary>Reads a model written by <see cref="Save(string)"/> (gzip-compressed when the path ends in ".gz").</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">The file is not a target-sentiment model; the message names it and the problem.</exception>
    public static TargetSentimentModel Load(string path) => NewsLens.IO.ModelFiles.Load(path, Load);

    /// <summary>Reads a model from a stream of (uncompressed) JSON; <paramref name="sourceName"/> names it in error messages.</summary>
    /// <exception cref="InvalidDataException">The stream does not hold a target-sentiment model.</exception>
    public static TargetSentimentModel Load(Stream stream, string sourceName)
    {
        var doc = NewsLens.IO.ModelFiles.ParseJson(stream, sourceName, Invalid);
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("format", out var f) || f.ValueKind != JsonValueKind.String || f.GetString() != FormatName)
                throw Invalid(sourceName, $"it has no \"format\": \"{FormatName}\" field");
            if (!root.TryGetProperty("version", out var v) || !v.TryGetInt32(out int version) || version != FormatVersion)
                throw Invalid(sourceName, string.Create(CultureInfo.InvariantCulture, $"its version is not {FormatVersion}, the feature set this library computes"));
            if (!root.TryGetProperty("classifier", out var c))
                throw Invalid(sourceName, "the field \"classifier\" is missing");
            var classifier = MultinomialLogisticRegression.FromJsonElement(c, sourceName);
            var tuning = new List<TuningResult>();
            try
            {
                if (root.TryGetProperty("tuning", out var t))
                    foreach (var e in t.EnumerateArray())
                        tuning.Add(new TuningResult(e.GetProperty("C").GetDouble(), Enum.Parse<ClassWeighting>(e.GetProperty("classWeights").GetString()!),
                            e.GetProperty("macroF1").GetDouble(), e.GetProperty("accuracy").GetDouble(), e.GetProperty("heldOut").GetInt32()));
                return new TargetSentimentModel(classifier, tuning);
            }
            catch (Exception e) when (e is InvalidOperationException or KeyNotFoundException or FormatException or ArgumentException)
            {
                throw Invalid(sourceName, e.Message, e);
            }
        }
    }

    private static TargetSentimentModel LoadDefault()
    {
        using var stream = NewsLens.IO.ResourceText.OpenStream(ResourceSuffix); // decompressed (.gz)
        return Load(stream, "embedded resource *" + ResourceSuffix);
    }

    private static InvalidDataException Invalid(string source, string problem, Exception? inner = null) =>
        new($"'{source}' is not a NewsLens target-sentiment model: {problem}.", inner);
}
