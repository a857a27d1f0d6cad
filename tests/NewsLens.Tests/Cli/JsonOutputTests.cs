using System.Text.Json;
using System.Text.Json.Serialization;
using NewsLens.Actors;
using NewsLens.Cli.Output;
using NewsLens.Corpora;

namespace NewsLens.Tests.Cli;

/// <summary>
/// The CLI writes JSON without System.Text.Json's reflection (so that the native build can run it); the
/// reference for what it must write is System.Text.Json itself with the documented options.
/// </summary>
public class JsonOutputTests
{
    public enum Colour { DarkRed, Blue }

    public sealed record Inner(string Name, double? Weight);

    public sealed record Row(
        string Text, string? Missing, int Count, long Big, double Score, double NotANumber, double Up, double Down,
        double? Maybe, float Single, decimal Money, bool Flag, DateTime? When, DateTime Moment, DateOnly Day, Colour Shade,
        IReadOnlyList<string> Words, IReadOnlyList<double?> Values, Dictionary<string, object?> Extra, Inner Nested,
        IReadOnlyList<Inner> Many, char Letter)
    {
        [JsonIgnore] public string Hidden => "hidden";

        [JsonPropertyName("renamed_field")] public int Renamed => 7;
    }

    private static string Written<T>(IEnumerable<T> rows)
    {
        var writer = new StringWriter();
        ResultWriter.Write(writer, rows, OutputFormat.Json);
        return writer.ToString();
    }

    private static string Reference<T>(IEnumerable<T> rows) =>
        JsonSerializer.Serialize(rows.ToList(), ResultWriter.JsonOptions) + Environment.NewLine;

    [Fact]
    public void Rows_of_every_value_kind_are_written_as_System_Text_Json_writes_them()
    {
        var rows = new[]
        {
            new Row("Turkey’s <S-400> & \"quotes\"", null, 3, 1L << 40, 0.1 + 0.2, double.NaN, double.PositiveInfinity,
                double.NegativeInfinity, null, 0.1f, 12.50m, true, new DateTime(2019, 7, 12), new DateTime(2019, 7, 12, 8, 30, 5, 250),
                new DateOnly(2017, 4, 25), Colour.DarkRed, ["a", "b"], [1.5, null, -2], new() { ["Year"] = 2019, ["note"] = null, ["tag"] = "x" },
                new Inner("in", null), [new Inner("x", 1), new Inner("y", 2.25)], 'é'),
            new Row("", "present", -1, 0, 1e-300, 0, 0, 0, 42, float.NaN, 0m, false, null, DateTime.MinValue,
                DateOnly.MinValue, Colour.Blue, [], [], [], new Inner("", 0), [], 'a'),
        };
        Assert.Equal(Reference(rows), Written(rows));
    }

    [Fact]
    public void An_empty_list_is_an_empty_array()
    {
        Assert.Equal(Reference(Array.Empty<Row>()), Written(Array.Empty<Row>()));
    }

    [Fact]
    public void Result_rows_of_the_sample_corpus_are_written_as_System_Text_Json_writes_them()
    {
        var corpus = Corpus.Load(CliRunner.SampleCorpus);
        var analysis = new ActorRecognizer().Analyze(corpus);
        Assert.Equal(Reference(analysis.Actors), Written(analysis.Actors));
        Assert.Equal(Reference(analysis.Mentions), Written(analysis.Mentions));
        Assert.Equal(Reference(corpus.Report.Entries), Written(corpus.Report.Entries));
        var documents = corpus.Select(d => d.Info).ToList();
        Assert.Equal(Reference(documents), Written(documents));
    }
}
