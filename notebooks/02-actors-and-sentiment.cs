#:project ../src/NewsLens/NewsLens.csproj
#:property PublishAot=false
// The file-based twin of 02-actors-and-sentiment.ipynb: the same steps, with each chart written to an HTML
// page and each table printed as text. Run from the repository root or from notebooks/:
//   dotnet run notebooks/02-actors-and-sentiment.cs [output folder]   (default: notebooks/out)
using NewsLens.Actors;
using NewsLens.Charts;
using NewsLens.Corpora;
using NewsLens.Notebooks;
using NewsLens.Sentiment;
using NewsLens.Text;

var output = TwinOutput.Create(args, "data/s400");
var data = output.Data("data", "s400");

var corpus = Corpus.Load(data);

// 1. Who is mentioned? People, countries and organisations from the bundled actor dictionary.
var actors = new ActorRecognizer().Analyze(corpus);
output.Show(actors);
output.Save("02-actors", actors.ToChart());

// 2. Alias merging: every way the articles name Erdogan counts for one actor.
var erdogan = actors["Recep Tayyip Erdogan"];
Console.WriteLine($"{erdogan?.Actor}: {erdogan?.Mentions} mentions in {erdogan?.Documents} articles, as {string.Join(", ", erdogan?.FormsSeen ?? [])}\n");
var erdoganMentions = new ResultTable<ActorMention>(actors.Mentions.Where(m => m.Actor == erdogan?.Actor), "Mentions of Erdogan");
output.Show(erdoganMentions);

// 3. Which people appear in which article?
output.Save("02-people-by-article", actors.ToHeatmap(kind: ActorKind.Person));

// 4. Sentence sentiment (VADER) for the first sentences of one article.
var vader = SentimentAnalyzer.Vader;
var first = corpus.Find("004_c00ba329ed1b645e")!;
var sentences = new ResultTable<SentenceScore>(
    SentenceSplitter.Split(first.Text).Take(6).Select(s =>
    {
        var score = vader.Score(s.Text);
        return new SentenceScore(s.Index, s.Text, score.Compound, score.Positive, score.Neutral, score.Negative, SentimentAnalyzer.Classify(score));
    }), "Sentence sentiment (VADER)");
output.Show(sentences);

// 5. Document sentiment: the mean compound score of each article's sentences.
var documents = new ResultTable<DocumentScore>(
    corpus.Select(d => new DocumentScore(d.Id, d.Outlet, vader.ScoreDocument(d.Text))),
    "Document sentiment",
    t => Chart.TwoSidedBar(t, r => r.Id, r => r.Compound, "Document sentiment", "mean compound"));
output.Show(documents);
output.Save("02-document-sentiment", documents.CreateChart()!);

// How is each actor portrayed? Target-dependent sentiment per mention, averaged per actor
// (an actor's own quotes are left out of his average).
var portrayal = ActorSentimentAnalysis.Run(corpus).Overall(minMentions: 2);
output.Show(portrayal);
output.Save("02-actor-sentiment", portrayal.CreateChart()!);
Console.WriteLine($"Charts written to {output.Folder}");

/// <summary>One sentence's VADER scores.</summary>
record SentenceScore(int Sentence, string Text, double Compound, double Positive, double Neutral, double Negative, SentimentLabel Label);

/// <summary>One article's mean sentence compound.</summary>
record DocumentScore(string Id, string? Outlet, double Compound);
