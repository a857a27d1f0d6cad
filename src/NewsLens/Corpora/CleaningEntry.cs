namespace NewsLens.Corpora;

/// <summary>One line removed by boilerplate cleaning.</summary>
/// <param name="DocumentId">The document the line was removed from.</param>
/// <param name="Line">1-based line number in the document's <see cref="Document.RawText"/>.</param>
/// <param name="Rule">The rule that removed it (see <see cref="Cleaning.BoilerplateRules.Names"/> and "repeated-line").</param>
/// <param name="RemovedText">The removed line, as it was.</param>
public sealed record CleaningEntry(string DocumentId, int Line, string Rule, string RemovedText);
