using NewsLens.Corpora;
using NewsLens.Text;

namespace NewsLens.Terms;

/// <summary>
/// Counts documents' texts straight into a <see cref="RowCounter"/> with the pipeline of
/// <see cref="Tokens.From"/> (same tokens, same order of steps) but without a string per token: tokens
/// are enumerated as spans and looked up by their written form in <see cref="FormDecisions"/>, which
/// remembers what becomes of each form. One instance per thread and chunk of documents; the decisions
/// may be shared by the chunks one thread counts one after another. A chunk's counter (<c>chunk</c>)
/// is fed only by this instance, so its features are appended without a vocabulary lookup (decisions are
/// distinct features).
/// </summary>
internal sealed class TextCounter(FormDecisions decisions, RowCounter counter, bool chunk = false)
{
    private int[] _local = [];      // decision index -> feature id in this counter + 1 (0 = not yet looked up)
    private int[] _ids = new int[1024];

    public RowCounter Counter => counter;

    public TokenizerOptions Options => decisions.Options;

    /// <summary>Tokenizes and counts one document's text as a new row.</summary>
    public void Add(DocumentInfo info, string text)
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
            if (n == _ids.Length) Array.Resize(ref _ids, n * 2);
            _ids[n++] = LocalId(decision);
        }
        counter.AddRow(info, _ids.AsSpan(0, n));
    }

    /// <summary>The counter's feature id of a decision, adding the feature on first sight.</summary>
    private int LocalId(int decision)
    {
        if (decision >= _local.Length) Array.Resize(ref _local, Math.Max(decision + 1, 2 * _local.Length));
        var id = _local[decision] - 1;
        if (id >= 0) return id;
        var feature = decisions.Feature(decision);
        id = chunk ? counter.AppendFeature(feature) : counter.FeatureId(feature);
        _local[decision] = id + 1;
        return id;
    }
}
