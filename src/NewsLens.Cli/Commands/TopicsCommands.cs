using System.CommandLine;
using NewsLens.Cli.Output;
using NewsLens.Topics;

namespace NewsLens.Cli.Commands;

/// <summary><c>newslens topics|drift</c>: topic models of a corpus and their change over time.</summary>
internal static class TopicsCommands
{
    private static readonly string[] TopicsViews = ["topics", "documents"];
    private static readonly string[] DriftViews = ["shares", "drift", "terms"];

    /// <summary>The options shared by both commands: K, seed, iterations, threads, model, top terms.</summary>
    private sealed class ModelSettings
    {
        public Option<int> Topics { get; } = new("--topics", "-k") { Description = "Number of topics K (at least 2).", DefaultValueFactory = _ => 20 };
        public Option<int> Seed { get; } = new("--seed") { Description = "Seed of the model's random choices; the same seed gives the same topics.", DefaultValueFactory = _ => 1 };
        public Option<int> Iterations { get; } = new("--iterations") { Description = "Gibbs sweeps (lda) or update rounds at most (nmf).", DefaultValueFactory = _ => 500 };
        public Option<int> Threads { get; } = new("--threads") { Description = "LDA sampling threads (1 = serial; results depend on the thread count).", DefaultValueFactory = _ => 1 };
        public Option<string> Model { get; } = new("--model") { Description = "Topic model: lda or nmf.", DefaultValueFactory = _ => "lda" };
        public Option<int> TopTerms { get; } = new("--top-terms") { Description = "Top terms shown per topic and scored for coherence (at least 2).", DefaultValueFactory = _ => 10 };

        public void AddTo(Command command)
        {
            Model.AcceptOnlyFromAmong("lda", "nmf");
            command.Add(Topics); command.Add(Seed); command.Add(Iterations); command.Add(Threads); command.Add(Model); command.Add(TopTerms);
        }

        public TopicAnalysisOptions Read(ParseResult parse) => new TopicAnalysisOptions
        {
            Topics = parse.GetValue(Topics),
            Seed = parse.GetValue(Seed),
            Iterations = parse.GetValue(Iterations),
            Threads = parse.GetValue(Threads),
            Model = parse.GetValue(Model) == "nmf" ? TopicModelKind.Nmf : TopicModelKind.Lda,
            TopTerms = parse.GetValue(TopTerms),
        }.Validate();
    }

    public static Command Topics()
    {
        var command = new Command("topics", "Topic model (LDA or NMF) of a corpus: each topic's top terms, share and coherence (NPMI, UMass), or its top documents.");
        var loading = new CorpusLoading();
        loading.AddTo(command);
        var model = new ModelSettings();
        model.AddTo(command);
        var show = new Option<string>("--show") { Description = "topics (top terms, share, coherence) or documents (each topic's top documents).", DefaultValueFactory = _ => "topics" };
        show.AcceptOnlyFromAmong(TopicsViews);
        var format = CommonOptions.Format();
        command.Add(show); command.Add(format);
        command.SetAction(parse => TermsCommands.Guard(parse, () =>
        {
            var options = model.Read(parse);
            var error = parse.InvocationConfiguration.Error;
            var corpus = loading.Load(parse, error);
            if (corpus is null) return 1;
            var result = TopicAnalysis.Run(corpus, options);
            NoteEmpty(result, error);
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(show) == "documents")
                ResultWriter.Write(output, result.DocumentRows, parse.GetFormat(format), $"Top documents per topic ({Describe(result)})");
            else
                ResultWriter.Write(output, result.TopicRows, parse.GetFormat(format), $"Topics ({Describe(result)})");
            return 0;
        }));
        return command;
    }

    public static Command DriftCommand()
    {
        var command = new Command("drift", "Topics over time: each topic's share per time bin, the Jensen-Shannon drift between consecutive bins, or the emerging and fading terms between two periods.");
        var loading = new CorpusLoading();
        loading.AddTo(command);
        var model = new ModelSettings();
        model.AddTo(command);
        var by = new Option<string>("--by") { Description = "Time bin: day, week, month, quarter or year.", DefaultValueFactory = _ => "month" };
        var show = new Option<string>("--show") { Description = "shares (topic shares per bin), drift (divergence between consecutive bins) or terms (emerging and fading terms).", DefaultValueFactory = _ => "shares" };
        show.AcceptOnlyFromAmong(DriftViews);
        var before = new Option<string?>("--before") { Description = "With --show terms: the first period, e.g. 2021-05..2021-08 (default: the first half of the dated documents)." };
        var after = new Option<string?>("--after") { Description = "With --show terms: the second period, e.g. 2022-02..2022-08 (default: the second half)." };
        var top = new Option<int>("--top") { Description = "With --show terms: the N most significant emerging and N fading terms (0 = all).", DefaultValueFactory = _ => 20 };
        var format = CommonOptions.Format();
        command.Add(by); command.Add(show); command.Add(before); command.Add(after); command.Add(top); command.Add(format);
        command.SetAction(parse => TermsCommands.Guard(parse, () =>
        {
            // Validate every option before the (slow) load and fit.
            var options = model.Read(parse);
            var bin = TopicDrift.ParseBin(parse.GetValue(by) ?? "month");
            var beforeText = parse.GetValue(before);
            var afterText = parse.GetValue(after);
            if ((beforeText is null) != (afterText is null))
                throw new ArgumentException("--before and --after go together: give both periods, or neither for the first and second half.");
            var beforeRange = beforeText is null ? null : DateRange.Parse(beforeText);
            var afterRange = afterText is null ? null : DateRange.Parse(afterText);
            var error = parse.InvocationConfiguration.Error;
            var corpus = loading.Load(parse, error);
            if (corpus is null) return 1;
            var result = TopicAnalysis.Run(corpus, options);
            NoteEmpty(result, error);
            var output = parse.InvocationConfiguration.Output;
            var fmt = parse.GetFormat(format);
            switch (parse.GetValue(show))
            {
                case "terms":
                {
                    var (comparison, b, a) = TopicDrift.CompareTerms(result, beforeRange, afterRange);
                    if (comparison.UndatedDocuments > 0)
                        error.WriteLine($"note: {comparison.UndatedDocuments} documents have no date and are in neither period.");
                    error.WriteLine($"note: before {b} ({comparison.DocumentsBefore} documents), after {a} ({comparison.DocumentsAfter} documents).");
                    int n = parse.GetValue(top);
                    var rows = n <= 0 ? comparison.Terms : comparison.Emerging.Take(n).Concat(comparison.Fading.Take(n)).ToList();
                    ResultWriter.Write(output, rows, fmt, $"Emerging and fading terms, {b} against {a}");
                    break;
                }
                default:
                {
                    var drift = TopicDrift.Run(result, bin);
                    if (drift.UndatedDocuments > 0)
                        error.WriteLine($"note: {drift.UndatedDocuments} documents have no date and are in no time bin.");
                    if (parse.GetValue(show) == "drift")
                        ResultWriter.Write(output, drift.Drift, fmt, $"Topic drift by {bin.ToString().ToLowerInvariant()} ({Describe(result)})");
                    else
                        ResultWriter.Write(output, drift.Shares, fmt, $"Topic shares by {bin.ToString().ToLowerInvariant()} ({Describe(result)})");
                    break;
                }
            }
            return 0;
        }));
        return command;
    }

    private static string Describe(TopicAnalysisResult r) =>
        $"{r.Options.Model.ToString().ToUpperInvariant()}, K = {r.Options.Topics}, seed {r.Options.Seed}, {r.Corpus.DocumentCount} documents, {r.Corpus.VocabularySize} terms";

    private static void NoteEmpty(TopicAnalysisResult result, TextWriter error)
    {
        if (result.EmptyDocumentIds.Count > 0)
            error.WriteLine($"note: {result.EmptyDocumentIds.Count} documents have no term left after tokenization and trimming and are not in the model (first: {result.EmptyDocumentIds[0]}).");
    }
}
