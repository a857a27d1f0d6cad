using System.CommandLine;
using NewsLens.Cli.Output;
using NewsLens.Terms;

namespace NewsLens.Cli.Commands;

/// <summary><c>newslens terms|keyness|collocations|kwic</c>: term statistics on a corpus.</summary>
internal static class TermsCommands
{
    /// <summary>Runs <paramref name="body"/>, turning argument errors (bad options, unknown fields) into a message and exit code 1.</summary>
    internal static int Guard(ParseResult parse, Func<int> body)
    {
        try { return body(); }
        catch (ArgumentException e)
        {
            parse.InvocationConfiguration.Error.WriteLine($"error: {e.Message}");
            return 1;
        }
        catch (FileNotFoundException e)
        {
            parse.InvocationConfiguration.Error.WriteLine($"error: {e.Message}");
            return 1;
        }
    }

    public static Command Terms()
    {
        var command = new Command("terms", "Term frequencies: count, rank and document frequency of each feature, optionally per group.");
        var loading = new CorpusLoading();
        loading.AddTo(command);
        var tokens = new TokenSettings();
        tokens.AddTo(command);
        var top = new Option<int>("--top") { Description = "Show the N most frequent features (per group).", DefaultValueFactory = _ => 25 };
        var by = new Option<string?>("--by") { Description = "Count per group of a metadata field: outlet, year, month or any field." };
        var format = CommonOptions.Format();
        command.Add(top); command.Add(by); command.Add(format);
        command.SetAction(parse => Guard(parse, () =>
        {
            var corpus = loading.Load(parse, parse.InvocationConfiguration.Error);
            if (corpus is null) return 1;
            var dfm = tokens.Matrix(parse, corpus);
            var rows = Frequency.Compute(dfm, parse.GetValue(top), parse.GetValue(by));
            ResultWriter.Write(parse.InvocationConfiguration.Output, rows, parse.GetFormat(format), "Term frequencies");
            return 0;
        }));
        return command;
    }

    public static Command KeynessCommand()
    {
        var command = new Command("keyness", "Keyness of each feature in target documents against the rest: signed chi², log-likelihood G2, PMI, p-value and log-ratio effect size.");
        var loading = new CorpusLoading();
        loading.AddTo(command);
        var tokens = new TokenSettings();
        tokens.AddTo(command);
        var target = new Option<string>("--target") { Description = "The target documents as field=value, e.g. outlet=The Duran or year=2019.", Required = true };
        var measure = new Option<string>("--measure") { Description = "Sort by chi2, g2 or pmi.", DefaultValueFactory = _ => "chi2" };
        measure.AcceptOnlyFromAmong("chi2", "g2", "pmi");
        var noYates = new Option<bool>("--no-yates") { Description = "No Yates continuity correction for chi²." };
        var top = new Option<int>("--top") { Description = "Show the N most target-heavy and the N most reference-heavy features (0 = all).", DefaultValueFactory = _ => 20 };
        var format = CommonOptions.Format();
        command.Add(target); command.Add(measure); command.Add(noYates); command.Add(top); command.Add(format);
        command.SetAction(parse => Guard(parse, () =>
        {
            var spec = parse.GetRequiredValue(target);
            var eq = spec.IndexOf('=');
            if (eq <= 0) throw new ArgumentException($"--target must be field=value (e.g. outlet=The Duran), got '{spec}'.");
            var corpus = loading.Load(parse, parse.InvocationConfiguration.Error);
            if (corpus is null) return 1;
            var dfm = tokens.Matrix(parse, corpus);
            var m = parse.GetValue(measure) switch { "g2" => KeynessMeasure.LogLikelihood, "pmi" => KeynessMeasure.Pmi, _ => KeynessMeasure.Chi2 };
            var rows = Keyness.Compute(dfm, spec[..eq].Trim(), spec[(eq + 1)..].Trim(), new KeynessOptions(m, Yates: !parse.GetValue(noYates)));
            var n = parse.GetValue(top);
            IEnumerable<KeynessRow> shown = n <= 0 || rows.Count <= 2 * n ? rows : rows.Take(n).Concat(rows.Skip(rows.Count - n));
            ResultWriter.Write(parse.InvocationConfiguration.Output, shown, parse.GetFormat(format), $"Keyness of {spec} against the rest");
            return 0;
        }));
        return command;
    }

    public static Command CollocationsCommand()
    {
        var command = new Command("collocations", "Collocations: 2- or 3-word sequences with count, PMI, t-score, G2, and lambda and z (Blaheta & Johnson 2001).");
        var loading = new CorpusLoading();
        loading.AddTo(command);
        var tokens = new TokenSettings();
        tokens.AddTo(command, ngrams: false);
        var size = new Option<int>("--size") { Description = "Sequence length: 2 or 3.", DefaultValueFactory = _ => 2 };
        size.AcceptOnlyFromAmong("2", "3");
        var minCount = new Option<int>("--min-count") { Description = "Keep sequences seen at least this often.", DefaultValueFactory = _ => 2 };
        var sort = new Option<CollocationSort>("--sort") { Description = "Sort by this measure.", DefaultValueFactory = _ => CollocationSort.Z };
        var top = new Option<int>("--top") { Description = "Show the first N (0 = all).", DefaultValueFactory = _ => 25 };
        var format = CommonOptions.Format();
        command.Add(size); command.Add(minCount); command.Add(sort); command.Add(top); command.Add(format);
        command.SetAction(parse => Guard(parse, () =>
        {
            var corpus = loading.Load(parse, parse.InvocationConfiguration.Error);
            if (corpus is null) return 1;
            // Collocations are found on the running text: stopwords stay unless the user gave a list.
            var t = tokens.Tokenize(parse, corpus);
            var rows = Collocations.Compute(t, new CollocationOptions(parse.GetValue(size), parse.GetValue(minCount), SortBy: parse.GetValue(sort)));
            var n = parse.GetValue(top);
            ResultWriter.Write(parse.InvocationConfiguration.Output, n > 0 ? rows.Take(n) : rows, parse.GetFormat(format), "Collocations");
            return 0;
        }));
        return command;
    }

    public static Command KwicCommand()
    {
        var command = new Command("kwic", "Keyword in context: every match of a word, phrase, glob or regular expression with N tokens either side.");
        var loading = new CorpusLoading();
        loading.AddTo(command);
        var pattern = new Argument<string>("pattern") { Description = "A word, a phrase (\"air defense\"), a glob (sanction*) or, with --regex, a regular expression." };
        var window = new Option<int>("--window", "-w") { Description = "Tokens shown either side.", DefaultValueFactory = _ => 5 };
        var type = new Option<PatternType>("--type") { Description = "How to read the pattern: glob (default; a plain word is a glob without wildcards), regex or fixed.", DefaultValueFactory = _ => PatternType.Glob };
        var caseSensitive = new Option<bool>("--case-sensitive") { Description = "Match case exactly." };
        var format = CommonOptions.Format();
        command.Add(pattern); command.Add(window); command.Add(type); command.Add(caseSensitive); command.Add(format);
        command.SetAction(parse => Guard(parse, () =>
        {
            var corpus = loading.Load(parse, parse.InvocationConfiguration.Error);
            if (corpus is null) return 1;
            // Context is shown as written: case, stopwords and punctuation kept.
            var t = NewsLens.Text.Tokens.From(corpus, new NewsLens.Text.TokenizerOptions { Lowercase = false, RemovePunctuation = false });
            var rows = Kwic.Find(t, parse.GetRequiredValue(pattern), parse.GetValue(window), parse.GetValue(type), parse.GetValue(caseSensitive));
            ResultWriter.Write(parse.InvocationConfiguration.Output, rows, parse.GetFormat(format), $"Keyword in context: {parse.GetRequiredValue(pattern)}");
            return 0;
        }));
        return command;
    }
}
