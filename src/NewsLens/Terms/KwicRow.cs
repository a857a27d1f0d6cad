using System.Text.Json.Serialization;
using NewsLens.Corpora;

namespace NewsLens.Terms;

/// <summary>
/// One match of a keyword-in-context search. Token and character spans are half-open
/// [start, end), 0-based, like <see cref="NewsLens.Text.Token"/>.
/// </summary>
/// <param name="DocumentId">The document's id.</param>
/// <param name="TokenStart">Index of the first matched token in the document.</param>
/// <param name="TokenEnd">Index one past the last matched token.</param>
/// <param name="CharStart">Offset of the first matched character in the document text.</param>
/// <param name="CharEnd">Offset one past the last matched character.</param>
/// <param name="Pre">Up to window tokens before the match, joined by spaces.</param>
/// <param name="Keyword">The matched tokens, joined by spaces.</param>
/// <param name="Post">Up to window tokens after the match, joined by spaces.</param>
/// <param name="Pattern">The pattern that matched.</param>
/// <param name="Info">The document's metadata (not written as a column).</param>
public sealed record KwicRow(
    string DocumentId, int TokenStart, int TokenEnd, int CharStart, int CharEnd,
    string Pre, string Keyword, string Post, string Pattern,
    [property: JsonIgnore] DocumentInfo Info);
