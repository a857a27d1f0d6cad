using System.Diagnostics;
using System.Globalization;
using System.Text;
using NewsLens.Corpora;
using NewsLens.Topics;

namespace NewsLens.Benchmarks;

/// <summary>
/// <c>lda &lt;folder&gt;</c>: fits our LDA (collapsed Gibbs) to the dated documents of a corpus, tokenized and trimmed
/// as <see cref="TopicAnalysis.Prepare"/> does, once per thread count and seed (<c>--threads 1,2 --seeds 1,2,3,4,5</c>),
/// and prints per fit the wall time, the process CPU time (user + sys) and the NPMI coherence of the top-10 terms,
/// then mean ± sd per thread count, with the load average (the machine is shared). With <c>--export DIR</c> it writes
/// the token lists (DIR/tokens.txt, one document a line) and each fit's top terms
/// (DIR/newslens_t{threads}_s{seed}.txt, one topic a line) so that benchmarks/lda_peers.py fits sklearn and gensim
/// to the identical input and scores all models with gensim's CoherenceModel.
/// </summary>
internal static class LdaBenchmark
{
    private const string Valid = "--k --iterations --alpha --eta --threads LIST --seeds LIST (or --seed) --average N --optimize-alpha true|false --export DIR";

    public static int Run(string folder, string[] args)
    {
        int k = 20, iterations = 500, average = 0;
        int[] threadCounts = [1], seeds = [1];
        bool optimizeAlpha = false;
        double alpha = 0.1, eta = 0.01;
        string? export = null;
        for (int i = 0; i < args.Length; i += 2)
        {
            if (i + 1 >= args.Length)
            {
                Console.Error.WriteLine($"option {args[i]} needs a value; valid: {Valid}");
                return 2;
            }
            var value = args[i + 1];
            switch (args[i])
            {
                case "--k": k = Int(value); break;
                case "--iterations": iterations = Int(value); break;
                case "--threads": threadCounts = IntList(value); break;
                case "--seed" or "--seeds": seeds = IntList(value); break;
                case "--average": average = Int(value); break;
                case "--optimize-alpha": optimizeAlpha = bool.Parse(value); break;
                case "--alpha": alpha = double.Parse(value, CultureInfo.InvariantCulture); break;
                case "--eta": eta = double.Parse(value, CultureInfo.InvariantCulture); break;
                case "--export": export = value; break;
                default:
                    Console.Error.WriteLine($"unknown option {args[i]}; valid: {Valid}");
                    return 2;
            }
        }

        var clock = Stopwatch.StartNew();
        var corpus = Corpus.Load(folder);
        var dated = corpus.Filter(d => d.Date is not null);
        var input = TopicAnalysis.Prepare(dated, new TopicAnalysisOptions { Topics = k });
        var prepared = clock.Elapsed;
        var topicCorpus = input.Corpus;
        Console.WriteLine($"corpus: {corpus.Count} documents loaded, {corpus.Count - dated.Count} undated left out, {input.EmptyDocumentIds.Count} empty after trimming; " +
                          $"{topicCorpus.DocumentCount} documents, {topicCorpus.VocabularySize} terms (document frequency {input.MinDocFreq}..{input.MaxDocFreq}), {topicCorpus.TokenCount} tokens; load + tokenize {prepared.TotalSeconds:F1} s");
        if (export is not null)
        {
            Directory.CreateDirectory(export);
            using var w = new StreamWriter(Path.Combine(export, "tokens.txt"), false, new UTF8Encoding(false));
            for (int d = 0; d < topicCorpus.DocumentCount; d++)
            {
                var words = new List<string>();
                foreach (int id in topicCorpus.Tokens(d)) words.Add(topicCorpus.Vocabulary[id]);
                w.WriteLine(string.Join(' ', words));
            }
        }

        var baseOptions = new LdaOptions(k) { Alpha = alpha, Eta = eta, Iterations = iterations, AveragedSweeps = average, OptimizeAlpha = optimizeAlpha };
        // Warm-up (JIT) on a few sweeps so that the first timed fit does not pay for compilation.
        Lda.Fit(topicCorpus, baseOptions with { Iterations = Math.Max(5, Math.Min(iterations, baseOptions.AveragedSweeps + 5)), OptimizeAlpha = false, Threads = threadCounts.Max() });

        var summary = new List<string>();
        foreach (int threads in threadCounts)
        {
            var wall = new List<double>();
            var cpu = new List<double>();
            var npmi = new List<double>();
            foreach (int seed in seeds)
            {
                var options = baseOptions with { Threads = threads, Seed = seed };
                string loadBefore = LoadAverage();
                var process = Process.GetCurrentProcess();
                var cpuStart = process.TotalProcessorTime;
                clock.Restart();
                var model = Lda.Fit(topicCorpus, options);
                var fit = clock.Elapsed;
                process.Refresh();
                var cpuTime = process.TotalProcessorTime - cpuStart;
                var score = Coherence.Compute(model, topicCorpus, CoherenceMeasure.Npmi, 10, new CoherenceOptions { Counting = WindowCounting.GensimCompatible });
                wall.Add(fit.TotalSeconds);
                cpu.Add(cpuTime.TotalSeconds);
                npmi.Add(score.Mean);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"newslens lda (gibbs): K={k} iterations={iterations} alpha={alpha} eta={eta} average={average} optimize-alpha={optimizeAlpha} threads={threads} seed={seed}: " +
                    $"fit {fit.TotalSeconds:F1} s wall, {cpuTime.TotalSeconds:F1} s CPU; NPMI top-10 mean {score.Mean:F4} (gensim window counting); load average {loadBefore} -> {LoadAverage()}"));
                if (export is not null)
                    File.WriteAllLines(Path.Combine(export, $"newslens_t{threads}_s{seed}.txt"),
                        model.GetTopics(10).Select(t => string.Join(' ', t.TopWords)), new UTF8Encoding(false));
            }
            summary.Add(string.Create(CultureInfo.InvariantCulture,
                $"summary newslens threads={threads} over {seeds.Length} seeds: fit {MeanSd(wall, "F1")} s wall, {MeanSd(cpu, "F1")} s CPU; NPMI {MeanSd(npmi, "F4")}"));
        }
        foreach (var line in summary) Console.WriteLine(line);
        if (export is not null)
            Console.WriteLine($"exported {topicCorpus.DocumentCount} token lists and the topics of every fit to {export}");
        return 0;
    }

    /// <summary>"mean ± sd" with the sample standard deviation (n − 1); "mean" alone for one value.</summary>
    private static string MeanSd(IReadOnlyList<double> values, string format)
    {
        double mean = values.Average();
        if (values.Count < 2) return mean.ToString(format, CultureInfo.InvariantCulture);
        double sd = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1));
        return string.Create(CultureInfo.InvariantCulture, $"{mean.ToString(format, CultureInfo.InvariantCulture)} ± {sd.ToString(format, CultureInfo.InvariantCulture)}");
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static int Int(string s) => int.Parse(s, CultureInfo.InvariantCulture);

    private static int[] IntList(string s) => s.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Int).ToArray();
}
