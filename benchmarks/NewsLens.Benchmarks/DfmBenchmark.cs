using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using NewsLens.Corpora;
using NewsLens.Terms;

namespace NewsLens.Benchmarks;

/// <summary>
/// Builds a document-feature matrix over every .txt file under a folder (recursively, in ordinal
/// path order) and reports tokens per second and the peak working set, once per thread count.
/// Files are read and tokenized lazily inside DocumentFeatureMatrix.Build's workers, so only
/// counts are kept in memory.
/// </summary>
internal static partial class DfmBenchmark
{
    // Placeholder tokenization until the real tokenizer lands: runs of letters/digits, joined by
    // inner hyphens or apostrophes, lower-cased.
    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();

    public static int Run(string folder, string[] rest)
    {
        var threads = new[] { 1, 2 };
        var chunk = new DfmBuildOptions().ChunkSize;
        var tokenizer = "regex";
        for (var i = 0; i < rest.Length; i++)
        {
            if (rest[i] == "--tokenizer" && i + 1 < rest.Length && rest[i + 1] is "regex" or "newslens")
            {
                tokenizer = rest[++i];
                continue;
            }
            if (rest[i] == "--threads" && i + 1 < rest.Length)
                threads = rest[++i].Split(',').Select(t => int.Parse(t, CultureInfo.InvariantCulture)).ToArray();
            else if (rest[i] == "--chunk" && i + 1 < rest.Length)
                chunk = int.Parse(rest[++i], CultureInfo.InvariantCulture);
            else
            {
                Console.Error.WriteLine($"unknown option '{rest[i]}'; valid: --threads 1,2, --chunk N (documents per parallel chunk), --tokenizer regex|newslens");
                return 2;
            }
        }
        if (!Directory.Exists(folder))
        {
            Console.Error.WriteLine($"folder not found: {folder}");
            return 2;
        }
        Console.WriteLine("dfm benchmark: DocumentFeatureMatrix.Build over " + Path.GetFullPath(folder));
        Console.WriteLine(tokenizer == "regex"
            ? "tokenizer: regex [\\p{L}\\p{N}]+ (inner - and ' kept), lower-cased: the same token rule as benchmarks/dfm_peers.py"
            : "tokenizer: NewsLens.Text.Tokenizer (news-aware: S-400, U.S., $900, URLs...), lower-cased, punctuation dropped");
        Console.WriteLine($"machine: {Environment.ProcessorCount} logical cores, {RuntimeInfo()}");
        Console.WriteLine($"load average before the run: {LoadAverage()}");
        Console.WriteLine($"documents per parallel chunk: {chunk}");
        Console.WriteLine("each thread count and mode runs in its own process: one warm-up build, then one timed build");
        Console.WriteLine("modes: stream = read + tokenize + count lazily per document (only counts kept);");
        Console.WriteLine("       count  = count tokens already in memory (read and tokenized before the clock starts)");
        Console.WriteLine();
        Console.WriteLine($"{"mode",6} {"threads",7} {"documents",9} {"tokens",11} {"features",9} {"seconds",8} {"tokens/s",11} {"peak WS MB",10}");
        foreach (var mode in new[] { "stream", "count" })
        foreach (var t in threads)
        {
            var self = Environment.ProcessPath!;
            var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
            if (Path.GetFileNameWithoutExtension(self) == "dotnet")
                start.ArgumentList.Add(typeof(DfmBenchmark).Assembly.Location);
            foreach (var a in new[] { "dfm-run", folder, t.ToString(CultureInfo.InvariantCulture), mode, chunk.ToString(CultureInfo.InvariantCulture), tokenizer }) start.ArgumentList.Add(a);
            using var child = Process.Start(start)!;
            Console.Write(child.StandardOutput.ReadToEnd());
            child.WaitForExit();
            if (child.ExitCode != 0) return child.ExitCode;
        }
        return 0;
    }

    public static int RunOnce(string folder, int threads, string mode, int chunk, string tokenizer = "regex")
    {
        Func<string, IEnumerable<string>> tokenize = tokenizer == "newslens" ? TokenizeNewsLens : Tokenize;
        var files = Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal).ToArray();
        var options = new DfmBuildOptions(threads, chunk);
        Func<DocumentFeatureMatrix> build;
        if (mode == "count")
        {
            var documents = files.Select(f => (Info: Info(f), Features: (IEnumerable<string>)tokenize(f).ToArray())).ToArray();
            build = () => DocumentFeatureMatrix.Build(documents, options);
        }
        else
        {
            build = () => DocumentFeatureMatrix.Build(files.Select(f => (Info(f), tokenize(f))), options);
        }
        build(); // warm-up: JIT and the file cache
        GC.Collect();
        var clock = Stopwatch.StartNew();
        var dfm = build();
        clock.Stop();
        var tokens = (long)dfm.FeatureCounts.Sum();
        var peak = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{mode,6} {threads,7} {dfm.NDocuments,9} {tokens,11} {dfm.NFeatures,9} {clock.Elapsed.TotalSeconds,8:F3} {tokens / clock.Elapsed.TotalSeconds,11:F0} {peak,10:F1}"));
        return 0;
    }

    private static DocumentInfo Info(string path) =>
        new(Path.GetFileNameWithoutExtension(path), null, null, null, null, new Dictionary<string, object?>());

    private static IEnumerable<string> Tokenize(string path)
    {
        var text = File.ReadAllText(path).ToLowerInvariant();
        for (var match = WordPattern().Match(text); match.Success; match = match.NextMatch())
            yield return match.Value;
    }

    private static IEnumerable<string> TokenizeNewsLens(string path)
    {
        var text = File.ReadAllText(path).ToLowerInvariant();
        var tokens = new List<string>(text.Length / 6);
        foreach (var token in NewsLens.Text.Tokenizer.Enumerate(text))
            if (token.Kind != NewsLens.Text.TokenKind.Punctuation)
                tokens.Add(text[token.Start..token.End]);
        return tokens;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static string RuntimeInfo() =>
        $"{System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}";
}
