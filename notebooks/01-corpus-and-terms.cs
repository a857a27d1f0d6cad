#:project ../src/NewsLens/NewsLens.csproj
#:property PublishAot=false
// The file-based twin of 01-corpus-and-terms.ipynb: the same steps, with each chart written to an HTML
// page and each table printed as text. Run from the repository root or from notebooks/:
//   dotnet run notebooks/01-corpus-and-terms.cs [output folder]   (default: notebooks/out)
using NewsLens.Charts;
using NewsLens.Corpora;
using NewsLens.Notebooks;
using NewsLens.Terms;
using NewsLens.Text;

var here = NotebookFolder();
var data = Path.Combine(here, "..", "data", "s400");
var output = args.Length > 0 ? Path.GetFullPath(args[0]) : Path.Combine(here, "out");
Directory.CreateDirectory(output);

// 1. Load the sample corpus and see what the loader did.
var corpus = Corpus.Load(data);
Show(corpus);
Show(corpus.Report);

// 2. Summarise it: documents, words and dates per outlet.
var summary = corpus.Summary();
Show(summary);
Save("01-outlets", summary.ToChart());

// 3. Tokenize (lower case, no punctuation) and drop English stopwords.
var tokens = Tokens.From(corpus).RemoveStopwords();
Show(tokens);

// 4. The document-feature matrix.
var dfm = DocumentFeatureMatrix.From(tokens);
Show(dfm);

// 5. The most frequent terms.
var top = Frequency.Compute(dfm, top: 20);
Show(top);
Save("01-top-terms", top.ToChart());

// 6. Keyness: what does one outlet say more than the others?
var target = "The Duran";
Console.WriteLine($"Keyness target: {target}\n");
var keyness = Keyness.Compute(dfm, "outlet", target);
Show(keyness);
Save("01-keyness", keyness.ToChart(top: 10));

// 7. Collocations: which word pairs occur together more than chance?
var collocations = Collocations.Compute(Tokens.From(corpus), new CollocationOptions(MinCount: 3));
Show(collocations);
Save("01-collocations", collocations.ToChart());

// 8. Keywords in context for sanction*.
var kwic = Kwic.Find(Tokens.From(corpus, new TokenizerOptions { Lowercase = false, RemovePunctuation = false }), "sanction*", window: 6);
Show(kwic);
File.WriteAllText(Path.Combine(output, "01-kwic.html"), "<!DOCTYPE html>\n<meta charset=\"utf-8\">\n<title>KWIC</title>\n" + kwic.ToHtml() + "\n");
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
