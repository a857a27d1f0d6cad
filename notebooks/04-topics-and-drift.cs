#:project ../src/NewsLens/NewsLens.csproj
#:property PublishAot=false
// The file-based twin of 04-topics-and-drift.ipynb: the same steps, with each chart written to an HTML page and
// each table printed as text. Run from the repository root or from notebooks/:
//   dotnet run notebooks/04-topics-and-drift.cs [output folder]   (default: notebooks/out)
using NewsLens.Corpora;
using NewsLens.Notebooks;
using NewsLens.Topics;

var output = TwinOutput.Create(args, "data/state-dept");
var data = output.Data("data", "state-dept", "press_releases_2021-05_2022-08.jsonl.gz");

var corpus = Corpus.Load(data);

// 1. LDA with K = 15 topics (seed 1, 150 Gibbs sweeps, one thread): top terms, share and coherence.
var result = TopicAnalysis.Run(corpus, new TopicAnalysisOptions { Topics = 15, Seed = 1, Iterations = 150, Threads = 1, TopDocuments = 3 });
output.Show(new ResultTable<TopicRow>(result.TopicRows, $"Topics (LDA, K = 15, {result.Corpus.DocumentCount} documents, {result.Corpus.VocabularySize} terms)"));

// 2. Topic shares by month, as a stacked area (as the report's topics section draws it).
var drift = TopicDrift.Run(result, TimeBin.Month);
output.Save("04-topic-shares", TopicCharts.SharesOverTime(drift, result));

// 3. Drift: the divergence of each month from the previous one.
output.Show(drift);
output.Save("04-topic-drift", TopicCharts.Drift(drift));

// 4. Emerging and fading terms between the summer of 2021 and the spring of 2022.
var (comparison, before, after) = TopicDrift.CompareTerms(result, DateRange.Parse("2021-05..2021-08"), DateRange.Parse("2022-02..2022-05"));
output.Show(new ResultTable<TermChange>(comparison.Emerging.Take(20),
    $"Emerging terms: {before} ({comparison.DocumentsBefore} documents, {comparison.TokensBefore:N0} tokens) → {after} ({comparison.DocumentsAfter} documents, {comparison.TokensAfter:N0} tokens)"));
output.Show(new ResultTable<TermChange>(comparison.Fading.Take(20), $"Fading terms: {before} → {after}"));
Console.WriteLine($"Charts written to {output.Folder}");
