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
        if (decisions.Options.Scheme == TokenizerScheme.Simple)
        {
            AddSimple(info, text);
            return;
        }
        var n = 0;
        foreach (var span in Tokenizer.Enumerate(text.AsSpan(), decisions.Options.Scheme, decisions.Options.SplitPossessive))
        {
            var decision = decisions.Decide(text.AsSpan(span.Start, span.Length), span.Kind);
            if (decision < 0) continue;
            if (decision >= _local.Length) Array.Resize(ref _local, Math.Max(decision + 1, 2 * _local.Length));
            var id = _local[decision] - 1;
            if (id < 0)
            {
                id = chunk ? counter.AppendFeature(decisions.Feature(decision)) : counter.FeatureId(decisions.Feature(decision));
                _local[decision] = id + 1;
            }
            if (n == _ids.Length) Array.Resize(ref _ids, n * 2);
            _ids[n++] = id;
        }
        counter.AddRow(info, _ids.AsSpan(0, n));
    }

    /// <summary>
    /// <see cref="Add"/> for <see cref="TokenizerScheme.Simple"/>: the scanner of
    /// <see cref="TokenSpanEnumerator"/>'s simple scheme with the lookup hash computed in the same pass over
    /// each token's characters (the tokens are the same; a test checks the two paths agree).
    /// </summary>
    private void AddSimple(DocumentInfo info, string text)
    {
        var s = text.AsSpan();
        int n = 0, p = 0;
        while (true)
        {
            while (p < s.Length && !TokenSpanEnumerator.IsAlphanumeric(s[p])) p++;
            if (p >= s.Length) break;
            int start = p;
            bool digits = true;
            var h = SpanTable.HashStart;
            while (true)
            {
                char c;
                while (p < s.Length && TokenSpanEnumerator.IsAlphanumeric(c = s[p]))
                {
                    digits &= char.IsDigit(c);
                    h = SpanTable.HashStep(h, c);
                    p++;
                }
                if (p + 1 < s.Length && s[p] is '\'' or '’' or '-' && TokenSpanEnumerator.IsAlphanumeric(s[p + 1]))
                {
                    digits = false;
                    h = SpanTable.HashStep(h, s[p]);
                    p++;
                    continue;
                }
                break;
            }
            var decision = decisions.DecideSimple(s[start..p], SpanTable.HashEnd(h), digits);
            if (decision < 0) continue;
            if (decision >= _local.Length) Array.Resize(ref _local, Math.Max(decision + 1, 2 * _local.Length));
            var id = _local[decision] - 1;
            if (id < 0)
            {
                id = chunk ? counter.AppendFeature(decisions.Feature(decision)) : counter.FeatureId(decisions.Feature(decision));
                _local[decision] = id + 1;
            }
            if (n == _ids.Length) Array.Resize(ref _ids, n * 2);
            _ids[n++] = id;
        }
        counter.AddRow(info, _ids.AsSpan(0, n));
    }
}
