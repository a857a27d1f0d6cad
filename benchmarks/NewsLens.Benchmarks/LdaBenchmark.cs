using System.Diagnostics;
using System.Globalization;
using System.Text;
using NewsLens.Corpora;
using NewsLens.Topics;

namespace NewsLens.Benchmarks;

/// <summary>
/// <c>lda &lt;folder&gt;</c>: fits our LDA (collapsed Gibbs) to the dated documents of a corpus, tokenized and trimmed
/// as <see cref="TopicAnalysis.Prepare"/> does, and prints the wall time of the fit and the NPMI coherence of the
/// top-10 terms. With <c>--export DIR</c> it writes the token lists (DIR/tokens.txt, one document a line) and our
/// top terms (DIR/newslens_topics.txt, one topic a line) so that benchmarks/lda_peers.py fits sklearn and gensim
/// to the identical input and scores all three with gensim's CoherenceModel.
/// </summary>
internal static class LdaBenchmark
{
    public static int Run(string folder, string[] args)
    {
        int k = 20, iterations = 500, threads = 1, seed = 1;
        double alpha = 0.1, eta = 0.01;
        string? export = null;
        for (int i = 0; i + 1 < args.Length; i += 2)
        {
            var value = args[i + 1];
            switch (args[i])
            {
                case "--k": k = Int(value); break;
                case "--iterations": iterations = Int(value); break;
                case "--threads": threads = Int(value); break;
                case "--seed": seed = Int(value); break;
                case "--alpha": alpha = double.Parse(value, CultureInfo.InvariantCulture); break;
                case "--eta": eta = double.Parse(value, CultureInfo.InvariantCulture); break;
                case "--export": export = value; break;
                default:
                    Console.Error.WriteLine($"unknown option {args[i]}; valid: --k --iterations --alpha --eta --threads --seed --export");
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

        var options = new LdaOptions(k) { Alpha = alpha, Eta = eta, Iterations = iterations, Threads = threads, Seed = seed };
        clock.Restart();
        var model = Lda.Fit(topicCorpus, options);
        var fit = clock.Elapsed;
        var npmi = Coherence.Compute(model, topicCorpus, CoherenceMeasure.Npmi, 10);
        var npmiGensim = Coherence.Compute(model, topicCorpus, CoherenceMeasure.Npmi, 10, new CoherenceOptions { Counting = WindowCounting.GensimCompatible });
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"newslens lda (gibbs): K={k} iterations={iterations} alpha={alpha} eta={eta} threads={threads} seed={seed}: fit {fit.TotalSeconds:F1} s wall, " +
            $"{fit.TotalSeconds / iterations * 1000:F1} ms/iteration; NPMI top-10 mean {npmi.Mean:F4} (exact windows), {npmiGensim.Mean:F4} (gensim window counting)"));

        if (export is not null)
        {
            Directory.CreateDirectory(export);
            var utf8 = new UTF8Encoding(false);
            using (var w = new StreamWriter(Path.Combine(export, "tokens.txt"), false, utf8))
                for (int d = 0; d < topicCorpus.DocumentCount; d++)
                {
                    var words = new List<string>();
                    foreach (int id in topicCorpus.Tokens(d)) words.Add(topicCorpus.Vocabulary[id]);
                    w.WriteLine(string.Join(' ', words));
                }
            File.WriteAllLines(Path.Combine(export, "newslens_topics.txt"), model.GetTopics(10).Select(t => string.Join(' ', t.TopWords)), utf8);
            Console.WriteLine($"exported {topicCorpus.DocumentCount} token lists and {k} topics to {export}");
        }
        return 0;
    }

    private static int Int(string s) => int.Parse(s, CultureInfo.InvariantCulture);
}
