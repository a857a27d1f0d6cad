using NewsLens.Corpora;
using NewsLens.Text;

namespace NewsLens.Terms;

/// <summary>
/// Counts documents' texts straight into a <see cref="RowCounter"/> with the pipeline of
/// <see cref="Tokens.From"/> (same tokens, same order of steps) but without a string per token: tokens
/// are enumerated as spans and looked up by their written form in <see cref="FormDecisions"/>, which
/// remembers what becomes of each form (<see cref="Decide"/>, shared with <see cref="TextChunkCounter"/>).
/// Serial counting: one instance, one thread.
/// </summary>
internal sealed class TextCounter(FormDecisions decisions, RowCounter counter)
{
    private int[] _local = [];      // decision index -> feature id in this counter + 1 (0 = not yet looked up)
    private int[] _ids = new int[1024];

    public RowCounter Counter => counter;

    public TokenizerOptions Options => decisions.Options;

    /// <summary>Tokenizes and counts one document's text as a new row.</summary>
    public void Add(DocumentInfo info, string text)
    {
        var n = Decide(decisions, text, ref _ids);
        for (var i = 0; i < n; i++) _ids[i] = LocalId(_ids[i]);
        counter.AddRow(info, _ids.AsSpan(0, n));
    }

    /// <summary>
    /// Tokenizes <paramref name="text"/> and writes the decision of each token that is kept, in order, into
    /// <paramref name="decided"/> (grown as needed); returns how many were written.
    /// </summary>
    public static int Decide(FormDecisions decisions, string text, ref int[] decided)
    {
        var options = decisions.Options;
        var simple = options.Scheme == TokenizerScheme.Simple;
        var n = 0;
        var tokens = Tokenizer.Enumerate(text.AsSpan(), options.Scheme, options.SplitPossessive);
        while (tokens.MoveNext())
        {
            var span = tokens.Current;
            var form = text.AsSpan(span.Start, span.Length);
            // The simple scheme's tokens come with their lookup hash, computed while they were scanned.
            var decision = simple
                ? decisions.DecideSimple(form, tokens.SimpleHash, span.Kind == TokenKind.Number)
                : decisions.Decide(form, span.Kind);
            if (decision < 0) continue;
            if (n == decided.Length) Array.Resize(ref decided, n * 2);
            decided[n++] = decision;
        }
        return n;
    }

    /// <summary>The counter's feature id of a decision, adding the feature on first sight.</summary>
    private int LocalId(int decision)
    {
        if (decision >= _local.Length) Array.Resize(ref _local, Math.Max(decision + 1, 2 * _local.Length));
        var id = _local[decision] - 1;
        if (id >= 0) return id;
        id = counter.FeatureId(decisions.Feature(decision));
        _local[decision] = id + 1;
        return id;
    }
}
