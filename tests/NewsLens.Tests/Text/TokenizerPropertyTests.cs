using FsCheck;
using FsCheck.Fluent;
using NewsLens.Text;

namespace NewsLens.Tests.Text;

public class TokenizerPropertyTests
{
    // Characters that exercise every rule: letters, digits, joiners, quotes, currency, dots, @ # : /,
    // whitespace kinds, a surrogate half, combining mark.
    private static readonly char[] Palette =
        "aZs.S-4005,%$£#@:/_'’‘“”\"()…—–&wW. \n\t\u00A0\u200B\u200E\u00AD\uD83D\uDE80\u0301éx".ToCharArray();

    private static Arbitrary<string> NewsLikeStrings() =>
        Gen.OneOf(
            Gen.ArrayOf(Gen.Elements(Palette)).Select(a => new string(a)),
            ArbMap.Default.GeneratorFor<string>().Where(s => s is not null),
            Gen.Elements("https://www.x.org/a_(b)).", "Mr. U.S. e.g.", "a@b.co.", "express.co.uk’s", "$6.5bn 3.5%", "No. 5 J. Smith"))
        .ToArbitrary();

    [Fact]
    public void Tokens_are_ordered_disjoint_in_bounds_and_equal_their_span()
    {
        Prop.ForAll(NewsLikeStrings(), text =>
        {
            foreach (var split in new[] { false, true })
            {
                int previousEnd = 0;
                foreach (var t in Tokenizer.Tokenize(text, split))
                {
                    if (t.Start < previousEnd || t.End <= t.Start || t.End > text.Length) return false;
                    if (text.Substring(t.Start, t.End - t.Start) != t.Text) return false;
                    previousEnd = t.End;
                }
            }
            return true;
        }).QuickCheckThrowOnFailure();
    }

    private static bool IsGap(char c) => char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF' or '\u2060' or '\u200E' or '\u200F';

    [Fact]
    public void Only_whitespace_is_left_between_tokens()
    {
        Prop.ForAll(NewsLikeStrings(), text =>
        {
            int pos = 0;
            foreach (var t in Tokenizer.Tokenize(text))
            {
                for (int i = pos; i < t.Start; i++)
                    if (!IsGap(text[i])) return false;
                pos = t.End;
            }
            for (int i = pos; i < text.Length; i++)
                if (!IsGap(text[i])) return false;
            return true;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Sentences_and_quotations_never_throw_and_stay_in_bounds()
    {
        Prop.ForAll(NewsLikeStrings(), text =>
        {
            int previousEnd = 0;
            foreach (var s in SentenceSplitter.Split(text))
            {
                if (s.Start < previousEnd || s.End <= s.Start || text[s.Start..s.End] != s.Text) return false;
                previousEnd = s.End;
            }
            return QuoteSpans.Find(text).All(q => q.Start < q.End && q.End <= text.Length && text[q.Start..q.End] == q.Text);
        }).QuickCheckThrowOnFailure();
    }
}
