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

var output = TwinOutput.Create(args, "data/s400");
var data = output.Data("data", "s400");

// 1. Load the sample corpus and see what the loader did.
var corpus = Corpus.Load(data);
output.Show(corpus);
output.Show(corpus.Report);

// 2. Summarise it: documents, words and dates per outlet.
var summary = corpus.Summary();
output.Show(summary);
output.Save("01-outlets", summary.ToChart());

// 3. Tokenize (lower case, no punctuation) and drop English stopwords.
var tokens = Tokens.From(corpus).RemoveStopwords();
output.Show(tokens);

// 4. The document-feature matrix.
var dfm = DocumentFeatureMatrix.From(tokens);
output.Show(dfm);

// 5. The most frequent terms.
var top = Frequency.Compute(dfm, top: 20);
output.Show(top);
output.Save("01-top-terms", top.ToChart());

// 6. Keyness: what does one outlet say more than the others?
var target = "The Duran";
Console.WriteLine($"Keyness target: {target}\n");
var keyness = Keyness.Compute(dfm, "outlet", target);
output.Show(keyness);
output.Save("01-keyness", keyness.ToChart(top: 10));

// 7. Collocations: which word pairs occur together more than chance?
var collocations = Collocations.Compute(Tokens.From(corpus), new CollocationOptions(MinCount: 3));
output.Show(collocations);
output.Save("01-collocations", collocations.ToChart());

// 8. Keywords in context for sanction*.
var kwic = Kwic.Find(Tokens.From(corpus, new TokenizerOptions { Lowercase = false, RemovePunctuation = false }), "sanction*", window: 6);
output.Show(kwic);
output.SaveHtml("01-kwic", "<!DOCTYPE html>\n<meta charset=\"utf-8\">\n<title>KWIC</title>\n" + kwic.ToHtml() + "\n");
Console.WriteLine($"Charts written to {output.Folder}");
