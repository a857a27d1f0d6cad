using System.IO.Compression;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;
using NewsLens.Corpora;

namespace NewsLens.Tests.Corpora;

/// <summary>
/// The error contract of <see cref="Corpus.Load"/> under arbitrary file content (FsCheck, fixed seed): it
/// returns a corpus or throws <see cref="CorpusLoadException"/>, nothing else; with Strict off it never
/// throws for an existing file of a supported type, nor for a folder that holds at least one valid file.
/// </summary>
public class LoadPropertyTests
{
    private static readonly string[] Extensions = [".txt", ".md", ".json", ".jsonl", ".csv", ".html", ".htm"];

    // Starts of real files, so that random tails reach past the first check of each parser.
    private static readonly string[] Prefixes =
        ["", "---\n", "---\ntitle: x\n---\n", "{\"text\":", "[{\"id\":1,\"text\":\"", "{\"id\":\"a\",\"text\":\"t\"}\n",
         "id,text,date\n", "text\n\"", "<html><article><p>", "<meta property=\"article:published_time\" content=\"", "Title\n\n", "# H\n"];

    private static Config Seeded(int seed, int tests = 200) =>
        Config.QuickThrowOnFailure.WithMaxTest(tests)
            .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd((ulong)seed), FSharpOption<int>.None)));

    private static readonly Gen<byte[]> RandomBytes = Gen.ArrayOf(Gen.Choose(0, 255).Select(i => (byte)i));

    private static readonly Gen<string> RandomText =
        Gen.Zip(Gen.Elements(Prefixes),
                Gen.ArrayOf(Gen.Frequency(
                    (4, Gen.Elements("{}[]\":,\n\r-#<>/=' \\\ta0é€…\u00A0*|".ToCharArray())),
                    (2, Gen.Choose(32, 126).Select(i => (char)i)),
                    (1, Gen.Choose(0, 0xFFFF).Select(i => (char)i)))))
            .Select(t => t.Item1 + new string(t.Item2));

    /// <summary>Runs Load and classifies the outcome: true when it returned, false when it threw CorpusLoadException;
    /// any other exception propagates and fails the property.</summary>
    private static bool LoadOrCorpusLoadException(string path, CorpusLoadOptions options)
    {
        try
        {
            var corpus = Corpus.Load(path, options);
            Assert.All(corpus, d => Assert.False(string.IsNullOrWhiteSpace(d.Text)));
            return true;
        }
        catch (CorpusLoadException)
        {
            return false;
        }
    }

    private static void WriteFile(string path, byte[] content, bool gzip)
    {
        if (!gzip)
        {
            File.WriteAllBytes(path, content);
            return;
        }
        using var file = File.Create(path);
        using var gz = new GZipStream(file, CompressionLevel.Fastest);
        gz.Write(content);
    }

    [Fact]
    public void Random_bytes_in_every_supported_file_type_load_or_raise_only_CorpusLoadException()
    {
        using var tmp = new TempFolder();
        foreach (var ext in Extensions)
        foreach (var gzip in new[] { false, true })
        {
            var path = tmp.File("random" + ext + (gzip ? ".gz" : ""));
            var lenient = Prop.ForAll(RandomBytes.ToArbitrary(), bytes =>
            {
                WriteFile(path, bytes, gzip);
                return LoadOrCorpusLoadException(path, new CorpusLoadOptions());   // lenient: must not throw at all
            });
            Check.One(Seeded(17), lenient);
            var strict = Prop.ForAll(RandomBytes.ToArbitrary(), bytes =>
            {
                WriteFile(path, bytes, gzip);
                LoadOrCorpusLoadException(path, new CorpusLoadOptions { Strict = true });
                return true;
            });
            Check.One(Seeded(18, tests: 50), strict);
        }
    }

    [Fact]
    public void Random_text_in_every_supported_file_type_load_or_raise_only_CorpusLoadException()
    {
        using var tmp = new TempFolder();
        foreach (var ext in Extensions)
        foreach (var gzip in new[] { false, true })
        {
            var path = tmp.File("random" + ext + (gzip ? ".gz" : ""));
            var lenient = Prop.ForAll(RandomText.ToArbitrary(), text =>
            {
                WriteFile(path, Encoding.UTF8.GetBytes(text), gzip);
                return LoadOrCorpusLoadException(path, new CorpusLoadOptions());
            });
            Check.One(Seeded(29), lenient);
            var strict = Prop.ForAll(RandomText.ToArbitrary(), text =>
            {
                WriteFile(path, Encoding.UTF8.GetBytes(text), gzip);
                LoadOrCorpusLoadException(path, new CorpusLoadOptions { Strict = true });
                return true;
            });
            Check.One(Seeded(30, tests: 50), strict);
        }
    }

    [Fact]
    public void A_folder_with_one_valid_file_never_throws_when_not_strict()
    {
        using var tmp = new TempFolder();
        tmp.Write("good.txt", "A title\n\nA sentence that is real text.");
        var gen = Gen.Zip(Gen.Elements(Extensions.Concat([".xyz", ".csv.gz", ".jsonl.gz", ".md.gz"]).ToArray()),
                          Gen.Zip(RandomText, RandomBytes));
        var prop = Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var (ext, (text, bytes)) = t;
            foreach (var f in Directory.GetFiles(tmp.Path).Where(f => !f.EndsWith("good.txt", StringComparison.Ordinal)))
                File.Delete(f);
            WriteFile(tmp.File("text" + ext), Encoding.UTF8.GetBytes(text), ext.EndsWith(".gz", StringComparison.Ordinal));
            WriteFile(tmp.File("bytes" + ext), bytes, ext.EndsWith(".gz", StringComparison.Ordinal));
            var corpus = Corpus.Load(tmp.Path);
            return corpus.Find("good") is { Text: "A sentence that is real text." };
        });
        Check.One(Seeded(41), prop);
    }
}
