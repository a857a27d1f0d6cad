using NewsLens.Benchmarks;

// Usage:
//   dotnet run -c Release --project benchmarks/NewsLens.Benchmarks -- dfm <folder> [--threads 1,2] [--chunk 64] [--tokenizer simple,news,regex] [--python PATH] [--no-peers]
// Each thread count runs in a fresh child process so that its peak working set is its own.
//   dotnet run -c Release --project benchmarks/NewsLens.Benchmarks -- lda <folder> [--k 20] [--iterations 500] [--alpha 0.1] [--eta 0.01] [--threads 1,2] [--seeds 1,2,3,4,5] [--average 0] [--optimize-alpha false] [--export DIR]
// (see docs/benchmarks.md and benchmarks/lda_peers.py).
return args switch
{
    ["dfm", var folder, .. var rest] => DfmBenchmark.Run(folder, rest),
    ["lda", var folder, .. var rest] => LdaBenchmark.Run(folder, rest),
    ["dfm-run", var folder, var threads, var mode, var chunk, var tokenizer] => DfmBenchmark.RunOnce(folder, Int(threads), mode, Int(chunk), tokenizer),
    _ => Usage(),
};

static int Int(string s) => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

static int Usage()
{
    Console.Error.WriteLine("usage: NewsLens.Benchmarks dfm <folder of .txt files> [--threads 1,2] [--chunk 64] [--tokenizer simple,news,regex] [--python PATH] [--no-peers]");
    Console.Error.WriteLine("       NewsLens.Benchmarks lda <corpus folder> [--k 20] [--iterations 500] [--alpha 0.1] [--eta 0.01] [--threads 1,2] [--seeds 1,2,3,4,5] [--average 0] [--optimize-alpha false] [--export DIR]");
    return 2;
}
