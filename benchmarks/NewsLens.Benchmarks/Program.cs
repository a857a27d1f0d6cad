using NewsLens.Benchmarks;

// Usage:
//   dotnet run -c Release --project benchmarks/NewsLens.Benchmarks -- dfm <folder> [--threads 1,2] [--chunk 64]
// Each thread count runs in a fresh child process so that its peak working set is its own.
return args switch
{
    ["dfm", var folder, .. var rest] => DfmBenchmark.Run(folder, rest),
    ["dfm-run", var folder, var threads, var mode, var chunk] => DfmBenchmark.RunOnce(folder, Int(threads), mode, Int(chunk)),
    _ => Usage(),
};

static int Int(string s) => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

static int Usage()
{
    Console.Error.WriteLine("usage: NewsLens.Benchmarks dfm <folder of .txt files> [--threads 1,2] [--chunk 64]");
    return 2;
}
