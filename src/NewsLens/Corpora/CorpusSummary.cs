namespace NewsLens.Corpora;

/// <summary>Size and date range of a corpus, overall and per outlet (see <see cref="Corpus.Summary"/>).</summary>
/// <param name="Documents">Number of documents.</param>
/// <param name="Tokens">Number of word tokens in the cleaned texts.</param>
/// <param name="FirstDate">Earliest date, if any document is dated.</param>
/// <param name="LastDate">Latest date, if any document is dated.</param>
/// <param name="UndatedDocuments">Documents without a date.</param>
/// <param name="Outlets">Per-outlet counts, ordered by outlet name (ordinal).</param>
public sealed partial record CorpusSummary(int Documents, long Tokens, DateTime? FirstDate, DateTime? LastDate,
    int UndatedDocuments, IReadOnlyList<OutletSummary> Outlets);
