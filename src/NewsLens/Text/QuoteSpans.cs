namespace NewsLens.Text;

/// <summary>
/// Finds the quotations in news text.
/// <list type="bullet">
/// <item>Double marks, typographic (“ ”, „, « ») or straight ("): a straight mark opens a quotation when none
/// is open and closes the open one otherwise.</item>
/// <item>Single typographic marks (‘ ’) make a quotation of their own only outside double quotes, when ‘
/// follows a space or bracket and the closing ’ is not followed by a letter (so apostrophes, as in “won’t”,
/// do not close it). Inside a double quotation they are nested quotes and stay part of it. Straight single
/// marks are never taken for quotation marks (they are too often apostrophes).</item>
/// <item>The news convention for a quotation over several paragraphs: each paragraph opens with a mark but only
/// the last closes. A quotation still open at the end of a paragraph continues when the next paragraph starts
/// with an opening mark, and ends (unclosed) at the paragraph end otherwise.</item>
/// <item>An opening mark in the middle of a line while a quotation is open means the writer left the first one
/// unclosed: it ends just before the new one.</item>
/// </list>
/// </summary>
public static class QuoteSpans
{
    /// <summary>The quotations in <paramref name="text"/>, in order of their opening marks.</summary>
    public static IReadOnlyList<Quotation> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new List<Quotation>();
        var paragraphs = Paragraphs.Find(text);
        var state = new State(text, result);
        for (int p = 0; p < paragraphs.Count; p++)
        {
            var (ps, pe) = paragraphs[p];
            for (int i = ps; i < pe; i++)
            {
                char c = text[i];
                if (CharClass.IsDoubleQuote(c)) state.Double(i, ps);
                else if (c == '\u2018' && !state.DoubleOpen && !state.SingleOpen && (i == ps || CharClass.IsSpace(text[i - 1]) || CharClass.IsOpener(text[i - 1])))
                    state.Open(i, single: true);
                else if (c == '\u2019' && state.SingleOpen && (i + 1 >= pe || !char.IsLetter(text[i + 1])))
                    state.Close(i);
            }
            if (state.DoubleOpen && p + 1 < paragraphs.Count && IsOpeningMark(text[paragraphs[p + 1].Start]))
            {
                state.EndPart(pe);   // the quotation carries on in the next paragraph
                continue;
            }
            if (state.DoubleOpen || state.SingleOpen) state.CloseUnclosed(pe);
        }
        return result;
    }

    private static bool IsOpeningMark(char c) => c is '"' or '\u201C' or '\u201E' or '\u00AB';

    private sealed class State(string text, List<Quotation> result)
    {
        private int _start = -1;
        private int _partStart = -1;
        private int _paragraphs;
        private bool _single;
        private readonly List<(int Start, int End)> _parts = [];

        public bool DoubleOpen => _start >= 0 && !_single;
        public bool SingleOpen => _start >= 0 && _single;

        public void Double(int i, int paragraphStart)
        {
            char c = text[i];
            if (_start < 0)
            {
                // A closing-looking mark opens only at a word start (”Turkey…” typed with the wrong mark).
                if (c is '\u201D' or '\u00BB' && i + 1 < text.Length && !char.IsLetterOrDigit(text[i + 1])) return;
                Open(i, single: false);
                return;
            }
            if (_single) return; // a double mark inside a single-quoted title is left alone
            bool opening = c is '\u201C' or '\u201E' or '\u00AB' || (c == '"' && _partStart < 0);
            if (!opening)
            {
                Close(i);
                return;
            }
            if (_partStart < 0)
            {
                // the next paragraph of a multi-paragraph quotation
                _partStart = i + 1;
                _paragraphs++;
                return;
            }
            bool atLineStart = i == paragraphStart || LineStartBefore(i);
            if (atLineStart)
            {
                EndPart(i);
                _partStart = i + 1;
                return;
            }
            CloseUnclosed(i);
            Open(i, single: false);
        }

        public void Open(int i, bool single)
        {
            _start = i;
            _partStart = i + 1;
            _single = single;
            _paragraphs = 1;
            _parts.Clear();
        }

        public void EndPart(int end)
        {
            if (_partStart >= 0) _parts.Add((_partStart, end));
            _partStart = -1;
        }

        public void Close(int closingMark)
        {
            EndPart(closingMark);
            Emit(closingMark + 1, closed: true);
        }

        public void CloseUnclosed(int end)
        {
            while (end > _start + 1 && CharClass.IsSpace(text[end - 1])) end--;
            EndPart(end);
            Emit(end, closed: false);
        }

        private bool LineStartBefore(int i)
        {
            for (int j = i - 1; j >= 0; j--)
            {
                if (text[j] == '\n') return true;
                if (!CharClass.IsSpace(text[j])) return false;
            }
            return true;
        }

        private void Emit(int end, bool closed)
        {
            var content = string.Join(" ", _parts.Select(p => text[p.Start..p.End].Trim()).Where(s => s.Length > 0));
            result.Add(new Quotation(_start, end, text[_start..end], content, _paragraphs, closed));
            _start = -1;
            _partStart = -1;
            _parts.Clear();
        }
    }
}
