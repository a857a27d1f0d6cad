#:project ../src/NewsLens/NewsLens.csproj
#:property PublishAot=false
// The file-based twin of 03-stance.ipynb: the same steps, with each chart written to an HTML page and each
// table printed as text. Run from the repository root or from notebooks/:
//   dotnet run notebooks/03-stance.cs [output folder]   (default: notebooks/out)
using NewsLens.Actors;
using NewsLens.Charts;
using NewsLens.Corpora;
using NewsLens.Notebooks;
using NewsLens.Stance;

var here = NotebookFolder();
var data = Path.Combine(here, "..", "data", "s400");
var output = args.Length > 0 ? Path.GetFullPath(args[0]) : Path.Combine(here, "out");
Directory.CreateDirectory(output);

var corpus = Corpus.Load(data);

// 1. The target, the speakers resolved to actors, and the sentences about the target.
var target = new StanceTarget("Turkey's S-400 purchase",
    ["S-400", "S-400s", "missile defence system", "missile defense system", "air defense system", "the Russian deal"]);
var resolver = ActorResolvers.FromAnalysis(new ActorRecognizer().Analyze(corpus));
var analysis = StanceAnalyzer.Analyze(corpus, target, LexiconStanceClassifier.Default, resolver);
Show(new ResultTable<SentenceStance>(analysis.Sentences, $"Sentences about {target.Name}"));

// 2. Each actor's stance per article.
Show(new ResultTable<ActorStance>(analysis.Actors, "Actors' stance per article"));

// 3. Actors x articles (as the report's stance section builds it): blue for, red against, evidence on hover.
var documents = corpus.OrderByDate().Select(d => d.Id).Where(id => analysis.Actors.Any(a => a.DocumentId == id)).ToList();
var speakers = analysis.Actors.GroupBy(a => a.Actor).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
    .Select(g => g.Key).Take(25).ToList();
var z = new double[speakers.Count, documents.Count];
var hover = new string?[speakers.Count, documents.Count];
for (int i = 0; i < speakers.Count; i++)
    for (int j = 0; j < documents.Count; j++)
    {
        z[i, j] = double.NaN;
        var cell = analysis.Actor(documents[j], speakers[i]);
        if (cell is null) continue;
        z[i, j] = cell.Score;
        var evidence = cell.Evidence.FirstOrDefault() ?? "";
        if (evidence.Length > 160) evidence = evidence[..157] + "…";
        hover[i, j] = $"{cell.Actor}: {cell.Label.ToString().ToLowerInvariant()} ({cell.Score:0.00}): {evidence}";
    }
Save("03-stance-by-article", Chart.Heatmap(documents, speakers, z, title: $"Stance: {target.Name}", hoverText: hover, colorbarTitle: "against  ←  →  favor"));

// 4. The articles' stance.
Show(new ResultTable<DocumentStance>(analysis.Documents, "Stance of each article"));

// 5. One speaker's evidence: Pence.
Show(new ResultTable<SentenceStance>(analysis.Sentences.Where(s => s.Actor == "Mike Pence"), "Mike Pence on the S-400 purchase"));
Console.WriteLine($"Charts written to {output}");

void Show(IHtmlRenderable value) => Console.WriteLine(value.ToText() + "\n");

void Save(string name, Figure figure)
{
    var path = Path.Combine(output, name + ".html");
    File.WriteAllText(path, PlotlyHtml.ToHtmlPage(figure));
    Console.WriteLine($"chart: {path}\n");
}

// The folder holding this file: .NET 10 gives a file-based app its path; otherwise search upward for data/s400.
static string NotebookFolder()
{
    if (AppContext.GetData("EntryPointFilePath") is string file) return Path.GetDirectoryName(Path.GetFullPath(file))!;
    for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        if (Directory.Exists(Path.Combine(dir.FullName, "data", "s400"))) return Path.Combine(dir.FullName, "notebooks");
    throw new DirectoryNotFoundException("Cannot find data/s400 above " + Environment.CurrentDirectory);
}
