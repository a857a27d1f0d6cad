using NewsLens.Actors;
using NewsLens.Corpora;
using NewsLens.Stance;

namespace NewsLens.Tests.Actors;

/// <summary>Quote rows and reported speech of a constructed text, for the attribution rule tests.</summary>
internal static class SentenceQuotes
{
    /// <summary>The quote rows of <paramref name="text"/> as one document.</summary>
    public static IReadOnlyList<QuoteRow> Rows(string text) => QuoteExtraction.Find([Document.Create("d", text)]);

    /// <summary>The reported speech of <paramref name="sentence"/> taken as one sentence.</summary>
    public static ReportedSpeech? Reported(string sentence) => QuoteAttribution.Reported(sentence, 0, sentence.Length);
}
