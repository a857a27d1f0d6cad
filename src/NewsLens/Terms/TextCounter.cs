using NewsLens.Corpora;
using NewsLens.Text;

namespace NewsLens.Terms;

/// <summary>
/// Counts documents' texts straight into a <see cref="RowCounter"/> with the pipeline of
/// <see cref="Tokens.From"/> (same tokens, same order of steps) but without a string per token: tokens
/// are enumerated as spans and looked up by their written form in <see cref="FormDecisions"/>, which
/// remembers what becomes of each form. One instance per thread and chunk of documents; the decisions
/// may be shared by the chunks one thread counts one after another.
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
        var n = 0;
        foreach (var span in Tokenizer.Enumerate(text.AsSpan(), decisions.Options.Scheme, decisions.Options.SplitPossessive))
        {
            var decision = decisions.Decide(text.AsSpan(span.Start, span.Length), span.Kind);
            if (decision < 0) continue;
            if (decision >= _local.Length) Array.Resize(ref _local, Math.Max(decision + 1, 2 * _local.Length));
            var id = _local[decision] - 1;
            if (id < 0)
            {
                id = counter.FeatureId(decisions.Feature(decision));
                _local[decision] = id + 1;
            }
            if (n == _ids.Length) Array.Resize(ref _ids, n * 2);
            _ids[n++] = id;
        }
        counter.AddRow(info, _ids.AsSpan(0, n));
    }
}
