using System.CommandLine;
using NewsLens.Terms;
using NewsLens.Text;

namespace NewsLens.Cli.Commands;

/// <summary>The tokenization options shared by the term-statistics commands.</summary>
internal sealed class TokenSettings
{
    public Option<TokenizerScheme> Tokenizer { get; } = new("--tokenizer") { Description = "News (default: S-400, U.S., $900, URLs stay whole) or Simple (runs of letters and digits; faster).", DefaultValueFactory = _ => TokenizerScheme.News };
    public Option<bool> Stem { get; } = new("--stem") { Description = "Stem words (Snowball English / Porter2)." };
    public Option<bool> KeepStopwords { get; } = new("--keep-stopwords") { Description = "Keep stopwords (by default the stopwords-iso English list is removed)." };
    public Option<string?> StopwordsFile { get; } = new("--stopwords") { Description = "A file of stopwords (one per line) to use instead of the English list." };
    public Option<bool> KeepNumbers { get; } = new("--keep-numbers") { Description = "Keep number tokens." };
    public Option<int> MinLength { get; } = new("--min-length") { Description = "Drop tokens shorter than this.", DefaultValueFactory = _ => 2 };
    public Option<int> NGrams { get; } = new("--ngrams") { Description = "Features are n-grams of this size (1 = words).", DefaultValueFactory = _ => 1 };
    public Option<string[]> Compound { get; } = new("--compound") { Description = "Multi-word expressions to join into one feature, e.g. --compound \"air defence system\".", AllowMultipleArgumentsPerToken = false };

    public void AddTo(Command command, bool ngrams = true)
    {
        command.Add(Tokenizer);
        command.Add(Stem);
        command.Add(KeepStopwords);
        command.Add(StopwordsFile);
        command.Add(KeepNumbers);
        command.Add(MinLength);
        command.Add(Compound);
        if (ngrams) command.Add(NGrams);
        _ngrams = ngrams;
    }

    private bool _ngrams;

    /// <summary>Tokenizes the corpus with the options given on the command line.</summary>
    public Tokens Tokenize(ParseResult parse, IEnumerable<NewsLens.Corpora.Document> documents)
    {
        var (options, stopwords, compound, n) = Read(parse);
        var tokens = Tokens.From(documents, options);
        if (compound.Length > 0)
        {
            tokens = tokens.Compound(compound);
            if (stopwords is not null) tokens = tokens.RemoveStopwords(stopwords);
        }
        return n > 1 ? tokens.NGrams(n) : tokens;
    }

    /// <summary>
    /// The document-feature matrix of the corpus with the options given on the command line. Words
    /// (no n-grams, no compounds) are tokenized and counted in one streaming pass on every core;
    /// otherwise through <see cref="Tokenize"/>. Both give the same matrix.
    /// </summary>
    public DocumentFeatureMatrix Matrix(ParseResult parse, IEnumerable<NewsLens.Corpora.Document> documents)
    {
        var (options, _, compound, n) = Read(parse);
        if (compound.Length > 0 || n > 1) return DocumentFeatureMatrix.From(Tokenize(parse, documents));
        return DocumentFeatureMatrix.From(documents, options, new DfmBuildOptions(Environment.ProcessorCount));
    }

    private (TokenizerOptions Options, IReadOnlySet<string>? Stopwords, string[] Compound, int NGrams) Read(ParseResult parse)
    {
        var file = parse.GetValue(StopwordsFile);
        var stopwords = parse.GetValue(KeepStopwords) ? null : file is not null ? Stopwords.FromFile(file) : Stopwords.English;
        var compound = parse.GetValue(Compound) ?? [];
        var n = _ngrams ? parse.GetValue(NGrams) : 1;
        if (n < 1) throw new ArgumentException($"--ngrams must be 1 or more (got {n}).");
        var options = new TokenizerOptions
        {
            Scheme = parse.GetValue(Tokenizer),
            Stem = parse.GetValue(Stem),
            RemoveNumbers = !parse.GetValue(KeepNumbers),
            MinLength = Math.Max(1, parse.GetValue(MinLength)),
            // Stopwords are removed after compounding so that phrases such as "the alliance" can be joined first.
            Stopwords = compound.Length > 0 ? null : stopwords,
        }.Validate();
        return (options, stopwords, compound, n);
    }
}
