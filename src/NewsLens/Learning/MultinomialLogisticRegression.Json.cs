using System.Text.Json;

namespace NewsLens.Learning;

public sealed partial class MultinomialLogisticRegression
{
    /// <summary>The value of the "format" field that marks a saved model.</summary>
    public const string FormatName = "newslens-multinomial-logistic-regression";

    /// <summary>The version of the JSON layout written by <see cref="Save(string)"/>.</summary>
    public const int FormatVersion = 1;

    /// <summary>
    /// Writes the model as JSON: format, version, labels, options, training summary, intercepts, feature
    /// names and one weight array (one value per label) per feature. A path ending in ".gz" is gzip-compressed.
    /// </summary>
    public void Save(string path) => NewsLens.IO.ModelFiles.Save(path, Save);

    /// <summary>Writes the model as (uncompressed) JSON to a stream, leaving it open.</summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = false });
        WriteTo(w);
    }

    /// <summary>Writes the model as one JSON object (used by wrappers that embed a model in their own file).</summary>
    internal void WriteTo(Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteString("format", FormatName);
        w.WriteNumber("version", FormatVersion);
        w.WriteStartArray("labels");
        foreach (var l in Labels) w.WriteStringValue(l);
        w.WriteEndArray();
        w.WriteStartObject("options");
        w.WriteNumber("C", Options.C);
        w.WriteNumber("maxIterations", Options.MaxIterations);
        w.WriteNumber("tolerance", Options.Tolerance);
        w.WriteString("classWeights", Options.ClassWeights.ToString());
        w.WriteNumber("memory", Options.Memory);
        w.WriteEndObject();
        if (Training is { } t)
        {
            w.WriteStartObject("training");
            w.WriteNumber("iterations", t.Iterations);
            w.WriteString("stop", t.Stop.ToString());
            w.WriteNumber("objective", t.Objective);
            w.WriteNumber("gradientMaxAbs", t.GradientMaxAbs);
            w.WriteNumber("examples", t.Examples);
            w.WriteEndObject();
        }
        w.WriteStartArray("intercepts");
        foreach (var b in _intercepts) w.WriteNumberValue(b);
        w.WriteEndArray();
        w.WriteStartArray("features");
        foreach (var name in Vocabulary.Names) w.WriteStringValue(name);
        w.WriteEndArray();
        int k = Labels.Count;
        w.WriteStartArray("weights");
        for (int j = 0; j < FeatureCount; j++)
        {
            w.WriteStartArray();
            for (int c = 0; c < k; c++) w.WriteNumberValue(_weights[j * k + c]);
            w.WriteEndArray();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>Reads a model written by <see cref="Save(string)"/> (gzip-compressed when the path ends in ".gz").</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">The file is not a saved model; the message names the file and the problem.</exception>
    public static MultinomialLogisticRegression Load(string path) => NewsLens.IO.ModelFiles.Load(path, Load);

    /// <summary>Reads a model from a stream of (uncompressed) JSON; <paramref name="sourceName"/> names it in error messages.</summary>
    /// <exception cref="InvalidDataException">The stream does not hold a saved model.</exception>
    public static MultinomialLogisticRegression Load(Stream stream, string sourceName)
    {
        var doc = NewsLens.IO.ModelFiles.ParseJson(stream, sourceName, Invalid);
        using (doc)
        {
            try
            {
                return FromJson(doc.RootElement, sourceName);
            }
            catch (Exception e) when (e is InvalidOperationException or KeyNotFoundException or FormatException or ArgumentException)
            {
                throw Invalid(sourceName, e.Message, e);
            }
        }
    }

    /// <summary>Reads a model from a JSON object written by <see cref="WriteTo"/>; errors name <paramref name="source"/>.</summary>
    /// <exception cref="InvalidDataException">The object is not a saved model.</exception>
    internal static MultinomialLogisticRegression FromJsonElement(JsonElement root, string source)
    {
        try
        {
            return FromJson(root, source);
        }
        catch (Exception e) when (e is InvalidOperationException or KeyNotFoundException or FormatException or ArgumentException)
        {
            throw Invalid(source, e.Message, e);
        }
    }

    private static MultinomialLogisticRegression FromJson(JsonElement root, string source)
    {
        if (root.ValueKind != JsonValueKind.Object)
            throw Invalid(source, "the top level is not a JSON object");
        if (!root.TryGetProperty("format", out var format) || format.ValueKind != JsonValueKind.String || format.GetString() != FormatName)
            throw Invalid(source, $"it has no \"format\": \"{FormatName}\" field");
        int version = Required(root, "version", source).GetInt32();
        if (version != FormatVersion)
            throw Invalid(source, $"format version {version} is not supported (this library reads version {FormatVersion})");
        var labels = Required(root, "labels", source).EnumerateArray().Select(e => e.GetString() ?? throw Invalid(source, "a label is null")).ToArray();
        if (labels.Length < 2) throw Invalid(source, "it has fewer than two labels");
        int k = labels.Length;
        var o = Required(root, "options", source);
        var options = new LogisticRegressionOptions(
            Required(o, "C", source).GetDouble(),
            Required(o, "maxIterations", source).GetInt32(),
            Required(o, "tolerance", source).GetDouble(),
            Enum.TryParse<ClassWeighting>(Required(o, "classWeights", source).GetString(), out var cw) ? cw
                : throw Invalid(source, "options.classWeights must be one of: " + string.Join(", ", Enum.GetNames<ClassWeighting>())),
            o.TryGetProperty("memory", out var mem) ? mem.GetInt32() : 10);
        options.Validate();
        TrainingSummary? training = null;
        if (root.TryGetProperty("training", out var t))
            training = new TrainingSummary(
                Required(t, "iterations", source).GetInt32(),
                Enum.TryParse<LbfgsStop>(Required(t, "stop", source).GetString(), out var stop) ? stop : throw Invalid(source, "training.stop is not a known reason"),
                Required(t, "objective", source).GetDouble(),
                Required(t, "gradientMaxAbs", source).GetDouble(),
                Required(t, "examples", source).GetInt32());
        var intercepts = Required(root, "intercepts", source).EnumerateArray().Select(e => e.GetDouble()).ToArray();
        if (intercepts.Length != k) throw Invalid(source, $"it has {intercepts.Length} intercepts for {k} labels");
        var names = Required(root, "features", source).EnumerateArray().Select(e => e.GetString() ?? throw Invalid(source, "a feature name is null")).ToList();
        var weightRows = Required(root, "weights", source);
        if (weightRows.GetArrayLength() != names.Count)
            throw Invalid(source, $"it has {names.Count} feature names but {weightRows.GetArrayLength()} weight rows");
        var weights = new double[names.Count * k];
        int j = 0;
        foreach (var row in weightRows.EnumerateArray())
        {
            if (row.GetArrayLength() != k) throw Invalid(source, $"weight row {j} (feature '{names[j]}') has {row.GetArrayLength()} values for {k} labels");
            int c = 0;
            foreach (var v in row.EnumerateArray()) weights[j * k + c++] = v.GetDouble();
            j++;
        }
        return new MultinomialLogisticRegression(labels, FeatureVocabulary.FromNames(names), weights, intercepts, options, training);
    }

    private static JsonElement Required(JsonElement obj, string name, string source) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var v) ? v
            : throw Invalid(source, $"the field \"{name}\" is missing");

    private static InvalidDataException Invalid(string source, string problem, Exception? inner = null) =>
        new($"'{source}' is not a NewsLens logistic-regression model: {problem}.", inner);
}
