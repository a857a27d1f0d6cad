namespace NewsLens.Actors;

/// <summary>Who said what: one direct quotation or one piece of reported speech.</summary>
/// <param name="DocumentId">The document.</param>
/// <param name="Speaker">The speaker's canonical actor name when the attributed speaker resolves to a recognised actor
/// (<see cref="QuotesSpeakerResolver"/>), else the speaker as written; null when no speaker was found.</param>
/// <param name="SpeakerRaw">The speaker as the attribution patterns found it in the text ("Pence", "Mikheev"), or null.</param>
/// <param name="Text">The quoted words without quotation marks (parts of a multi-paragraph quotation joined with a
/// space); for reported speech, what follows the cue ("said that …"), or the whole sentence when little follows it.</param>
/// <param name="Cue">The reporting verb or phrase ("said", "told", "according to", "cited … as saying"), or null when none was found.</param>
/// <param name="Kind">"direct" (within quotation marks) or "reported".</param>
/// <param name="Start">Offset of the quotation (opening mark) or reported sentence in the document text.</param>
/// <param name="End">Offset just past it.</param>
public sealed record QuoteRow(string DocumentId, string? Speaker, string? SpeakerRaw, string Text, string? Cue, string Kind, int Start, int End);
