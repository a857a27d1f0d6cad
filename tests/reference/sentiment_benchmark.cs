#:project ../../src/NewsLens/NewsLens.csproj
#:package BenchmarkDotNet
#:property PublishAot=false
#:property Optimize=true
#:property NoWarn=$(NoWarn);NU1603
// Throughput of SentimentAnalyzer.Score on the VADER movie-review snippets (10,605 sentences, mean 112 chars).
//   dotnet run -c Release tests/reference/sentiment_benchmark.cs -- --filter '*'
// (in-process toolchain; measured 2026-11 on a shared 2-core machine: 163 ms per 10,605 sentences, about
// 65,000 sentences/s, no allocations per sentence).
// Sentences per second = 10,605 / (reported mean time per operation).
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using NewsLens.Sentiment;

BenchmarkSwitcher.FromAssembly(typeof(SentimentThroughput).Assembly).Run(args);

/// <summary>Scores every sentence of a ground-truth file once per operation.</summary>
[MemoryDiagnoser]
[InProcess] // a file-based program cannot be rebuilt as a separate benchmark project
public class SentimentThroughput
{
    private string[] _sentences = [];

    [GlobalSetup]
    public void Setup()
    {
        var path = Path.Combine(FindRepo(), "..", "shared", "eval", "vader", "movieReviewSnippets_GroundTruth.txt");
        _sentences = File.ReadLines(path).Select(l => l.Split('\t', 3)).Where(p => p.Length == 3).Select(p => p[2]).ToArray();
        _ = SentimentAnalyzer.Vader.Score("warm up");
    }

    [Benchmark]
    public double ScoreAllSentences()
    {
        double sum = 0;
        foreach (var s in _sentences) sum += SentimentAnalyzer.Vader.Score(s).Compound;
        return sum;
    }

    private static string FindRepo()
    {
        var dir = new DirectoryInfo(Environment.CurrentDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Analysis.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Run from inside the repository (Analysis.sln not found).");
    }
}
