using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using NewsLens.Corpora;
using NewsLens.Terms;
using NewsLens.Text;

namespace NewsLens.Benchmarks;

/// <summary>
/// Builds a document-feature matrix over every .txt file under a folder (recursively, in ordinal path
/// order) and reports tokens per second, CPU time and the peak working set, for each tokenizer, mode and
/// thread count in a fresh child process; then runs the Python peers (benchmarks/dfm_peers.py:
/// scikit-learn's CountVectorizer and a re.findall + Counter loop) on the same files, so that one command
/// prints the whole comparison.
/// </summary>
internal static partial class DfmBenchmark
{
    /// <summary>The peers' token rule, run by .NET's regex engine (the "regex" tokenizer).</summary>
    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();

    private static readonly string[] Tokenizers = ["simple", "news", "regex"];

    public static int Run(string folder, string[] rest)
    {
        var threads = new[] { 1, 2 };
        var chunk = new DfmBuildOptions().ChunkSize;
        var tokenizers = Tokenizers;
        var python = "python3";
        var peers = true;
        var sideBySide = false;
        for (var i = 0; i < rest.Length; i++)
        {
            if (rest[i] == "--tokenizer" && i + 1 < rest.Length && rest[i + 1].Split(',').All(Tokenizers.Contains))
                tokenizers = rest[++i].Split(',');
            else if (rest[i] == "--threads" && i + 1 < rest.Length)
                threads = rest[++i].Split(',').Select(t => int.Parse(t, CultureInfo.InvariantCulture)).ToArray();
            else if (rest[i] == "--chunk" && i + 1 < rest.Length)
                chunk = int.Parse(rest[++i], CultureInfo.InvariantCulture);
            else if (rest[i] == "--python" && i + 1 < rest.Length)
                python = rest[++i];
            else if (rest[i] == "--no-peers")
                peers = false;
            else if (rest[i] == "--side-by-side")
                sideBySide = true;
            else
            {
                Console.Error.WriteLine($"unknown option '{rest[i]}'; valid: --threads 1,2, --chunk N (documents per parallel chunk, regex tokenizer; the others cut chunks by characters), " +
                                        "--tokenizer simple,news,regex, --python PATH (a python3 with scikit-learn), --no-peers, " +
                                        "--side-by-side (also run two one-thread processes at once)");
                return 2;
            }
        }
        if (!Directory.Exists(folder))
        {
            Console.Error.WriteLine($"folder not found: {folder}");
            return 2;
        }
        Console.WriteLine("dfm benchmark over " + folder);
        Console.WriteLine($"machine: {Environment.ProcessorCount} logical cores, {RuntimeInfo()}");
        Console.WriteLine($"load average before the run: {LoadAverage()}");
        Console.WriteLine("tokenizers: simple = TokenizerScheme.Simple, the peers' token rule [\\p{L}\\p{N}]+(?:['’-][\\p{L}\\p{N}]+)*;");
        Console.WriteLine("            news   = TokenizerScheme.News (S-400, U.S., $900, URLs...), punctuation dropped;");
        Console.WriteLine("            regex  = the peers' rule by .NET's Regex, one string per token, DocumentFeatureMatrix.Build");
        Console.WriteLine("all lower-cased, nothing else removed. modes: memory = texts read before the clock starts (as the peers' 'seconds');");
        Console.WriteLine("       stream = read + tokenize + count, each file read when its chunk is counted (only counts kept)");
        Console.WriteLine("each row is its own process: three warm-up builds, then the best of 5 timed builds; cpu = process CPU time of that build");
        Console.WriteLine();
        Console.WriteLine($"{"tokenizer",9} {"mode",6} {"threads",7} {"documents",9} {"tokens",11} {"features",9} {"seconds",8} {"cpu s",6} {"tokens/s",11} {"peak WS MB",10}");
        foreach (var tokenizer in tokenizers)
        foreach (var mode in new[] { "memory", "stream" })
        foreach (var t in threads)
        {
            var code = Child(["dfm-run", folder, t.ToString(CultureInfo.InvariantCulture), mode, chunk.ToString(CultureInfo.InvariantCulture), tokenizer]);
            if (code != 0) return code;
        }
        if (sideBySide)
        {
            // What the machine gives two cores' worth of this work without any sharing: two one-thread processes
            // at once. Two threads in one process cannot beat this; it is the yardstick for "near-linear".
            Console.WriteLine("two independent one-thread processes at the same time (memory mode):");
            foreach (var tokenizer in tokenizers.Where(t => t != "regex"))
            {
                string[] arguments = ["dfm-run", folder, "1", "memory", chunk.ToString(CultureInfo.InvariantCulture), tokenizer];
                var pair = new[] { Task.Run(() => ChildOutput(arguments)), Task.Run(() => ChildOutput(arguments)) };
                foreach (var (output, _) in Task.WhenAll(pair).GetAwaiter().GetResult()) Console.Write(output);
            }
        }
        if (!peers) return 0;
        Console.WriteLine();
        var script = FindUp(Path.Combine("benchmarks", "dfm_peers.py"));
        if (script is null)
        {
            Console.WriteLine("peers: benchmarks/dfm_peers.py not found above the current folder; run it yourself");
            return 0;
        }
        Console.WriteLine($"peers ({python} {Path.GetRelativePath(Directory.GetCurrentDirectory(), script)}; the same files and token rule as 'simple' and 'regex'):");
        var start = new ProcessStartInfo(python) { UseShellExecute = false };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(folder);
        try
        {
            using var child = Process.Start(start)!;
            child.WaitForExit();
            return child.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Console.WriteLine($"peers: could not start '{python}' ({e.Message}); pass --python PATH or --no-peers");
            return 1;
        }
    }

    /// <summary>Runs this benchmark in a child process; returns what it printed and its exit code.</summary>
    private static (string Output, int ExitCode) ChildOutput(string[] arguments)
    {
        var self = Environment.ProcessPath!;
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
            start.ArgumentList.Add(typeof(DfmBenchmark).Assembly.Location);
        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var child = Process.Start(start)!;
        var output = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        return (output, child.ExitCode);
    }

    private static int Child(string[] arguments)
    {
        var (output, code) = ChildOutput(arguments);
        Console.Write(output);
        return code;
    }

    public static int RunOnce(string folder, int threads, string mode, int chunk, string tokenizer)
    {
        var files = Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal).ToArray();
        var build = new DfmBuildOptions(threads, chunk);
        var options = new TokenizerOptions { Scheme = tokenizer == "news" ? TokenizerScheme.News : TokenizerScheme.Simple };
        var texts = mode == "memory" ? files.Select(File.ReadAllText).ToArray() : null;
        string Text(int i) => texts is null ? File.ReadAllText(files[i]) : texts[i];
        Func<DocumentFeatureMatrix> run = tokenizer == "regex"
            ? () => DocumentFeatureMatrix.Build(files.Select((f, i) => (Info(f), RegexTokens(Text(i)))), build)
            : () => DocumentFeatureMatrix.From(files.Select((f, i) => new Document(Info(f), Text(i), "")), options, build);
        // Warm-up: JIT (tiered compilation promotes hot methods after about 30 calls and a quiet 100 ms, so the
        // parallel path's per-chunk methods need a few builds) and the file cache.
        for (var warm = 0; warm < 3; warm++) run();
        var process = Process.GetCurrentProcess();
        DocumentFeatureMatrix? dfm = null;
        double best = double.MaxValue, bestCpu = 0;
        for (var rep = 0; rep < 5; rep++)
        {
            GC.Collect();
            process.Refresh();
            var cpu0 = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            dfm = run();
            clock.Stop();
            process.Refresh();
            if (clock.Elapsed.TotalSeconds < best)
            {
                best = clock.Elapsed.TotalSeconds;
                bestCpu = (process.TotalProcessorTime - cpu0).TotalSeconds;
            }
        }
        var tokens = (long)dfm!.FeatureCounts.Sum();
        process.Refresh();
        var peak = process.PeakWorkingSet64 / (1024.0 * 1024.0);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{tokenizer,9} {mode,6} {threads,7} {dfm.NDocuments,9} {tokens,11} {dfm.NFeatures,9} {best,8:F3} {bestCpu,6:F2} {tokens / best,11:F0} {peak,10:F1}"));
        return 0;
    }

    private static DocumentInfo Info(string path) =>
        new(Path.GetFileNameWithoutExtension(path), null, null, null, null, new Dictionary<string, object?>());

    private static IEnumerable<string> RegexTokens(string text)
    {
        var lower = text.ToLowerInvariant();
        for (var match = WordPattern().Match(lower); match.Success; match = match.NextMatch())
            yield return match.Value;
    }

    private static string? FindUp(string relative)
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static string RuntimeInfo() =>
        $"{System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}";
}
