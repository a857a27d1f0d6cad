namespace NewsLens.Corpora;

/// <summary>Counts for one outlet in a <see cref="CorpusSummary"/>.</summary>
/// <param name="Outlet">Outlet name; "(no outlet)" for documents without one.</param>
/// <param name="Documents">Number of documents.</param>
/// <param name="Tokens">Number of word tokens in the cleaned texts.</param>
/// <param name="FirstDate">Earliest date, if any document is dated.</param>
/// <param name="LastDate">Latest date, if any document is dated.</param>
public sealed record OutletSummary(string Outlet, int Documents, long Tokens, DateTime? FirstDate, DateTime? LastDate);
