#:project ../src/NewsLens/NewsLens.csproj
#:property PublishAot=false
// The file-based twin of 03-stance.ipynb: the same steps, with each chart written to an HTML page and each
// table printed as text. Run from the repository root or from notebooks/:
//   dotnet run notebooks/03-stance.cs [output folder]   (default: notebooks/out)
using NewsLens.Actors;
using NewsLens.Corpora;
using NewsLens.Notebooks;
using NewsLens.Stance;

var output = TwinOutput.Create(args, "data/s400");
var data = output.Data("data", "s400");

var corpus = Corpus.Load(data);

// 1. The target, the speakers resolved to actors, and the sentences about the target.
var target = new StanceTarget("Turkey's S-400 purchase",
    ["S-400", "S-400s", "missile defence system", "missile defense system", "air defense system", "the Russian deal"]);
var resolver = ActorResolvers.FromAnalysis(new ActorRecognizer().Analyze(corpus));
var analysis = StanceAnalyzer.Analyze(corpus, target, LexiconStanceClassifier.Default, resolver);
output.Show(new ResultTable<SentenceStance>(analysis.Sentences, $"Sentences about {target.Name}"));

// 2. Each actor's stance per article.
output.Show(new ResultTable<ActorStance>(analysis.Actors, "Actors' stance per article"));

// 3. Actors x articles (as the report's stance section builds it): blue for, red against, evidence on hover.
output.Save("03-stance-by-article", StanceCharts.ActorMatrix(analysis, corpus.OrderByDate().Select(d => d.Id).ToList()));

// 4. The articles' stance.
output.Show(new ResultTable<DocumentStance>(analysis.Documents, "Stance of each article"));

// 5. One speaker's evidence: Pence.
output.Show(new ResultTable<SentenceStance>(analysis.Sentences.Where(s => s.Actor == "Mike Pence"), "Mike Pence on the S-400 purchase"));
Console.WriteLine($"Charts written to {output.Folder}");
