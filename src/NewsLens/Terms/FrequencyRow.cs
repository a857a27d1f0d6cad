namespace NewsLens.Terms;

/// <summary>One feature's frequency (quanteda's <c>textstat_frequency</c>).</summary>
/// <param name="Feature">The feature.</param>
/// <param name="Frequency">Its total over the documents (of the group, when grouped); a sum of weights for a weighted matrix.</param>
/// <param name="Rank">1 for the most frequent; ties share the smallest rank ("min", as quanteda), so ranks 1, 2, 2, 4 are possible.</param>
/// <param name="DocFreq">Number of documents (of the group) in which it occurs.</param>
/// <param name="Group">The group's key when grouped, otherwise null.</param>
public sealed record FrequencyRow(string Feature, double Frequency, int Rank, int DocFreq, string? Group);
