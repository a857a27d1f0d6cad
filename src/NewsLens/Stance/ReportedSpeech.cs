namespace NewsLens.Stance;

/// <summary>
/// The reported speech of one sentence (<see cref="QuoteAttribution.Reported"/>): who speaks, the reporting cue and the part
/// of the sentence that is theirs.
/// </summary>
/// <param name="Speaker">The speaker as written, titles stripped ("Mike Pence", "Turkey’s foreign minister", "One NATO
/// insider", "US"); joined speakers as one phrase ("Eliot Engel and Michael McCaul", "Russia, Turkey and Iran").</param>
/// <param name="Speakers">Each speaker on its own: one name, or one per conjunct of joined speakers.</param>
/// <param name="Cue">The reporting verb or phrase: "said", "warned", "saying", "accusing", "according to", "cited … as saying",
/// "reported" (only with "that": "RT reported on 31 August that …"), a passive up to its "by" ("was further stressed by").</param>
/// <param name="CueStart">Offset of the cue in the text.</param>
/// <param name="CueEnd">Offset just past the cue, or past the "that" right after it; what was said follows.</param>
/// <param name="Start">Offset of the span attributed to the speaker: the whole sentence, except that "A, according to X, which
/// would B" attributes only A, "According to X, A" only A, "A, was stressed by X" only A and "It was noted by X that A" only A.</param>
/// <param name="End">Offset just past the attributed span.</param>
/// <param name="Rule">How the speaker was found: "subject" (X said), "joined" (X and Y said, A, B and C said), "relative" (X, who warned),
/// "participle" (the subject of the main clause of "…, saying …"), "said-after" (“…,” said X), "cited" (cited X as saying),
/// "pronoun" (he said: the last named person), "description" (Turkey’s foreign minister said, One NATO insider told, Pentagon
/// leaders say; see <see cref="SpeakerDescriptions"/>), "according-to", "passive" (A was stressed by X), "latter-former" (the
/// latter claims: the second of the two actors named before).</param>
/// <param name="IntroducesQuotation">True when the cue only introduces a direct quotation of the same sentence (“…,”
/// Cavusoglu said at the Atlantic Council): the sentence has a speaker but no reported speech of its own.</param>
public sealed record ReportedSpeech(string Speaker, IReadOnlyList<string> Speakers, string Cue, int CueStart, int CueEnd,
    int Start, int End, string Rule, bool IntroducesQuotation);
