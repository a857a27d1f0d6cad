namespace NewsLens.Topics;

/// <summary>One topic as a table row.</summary>
/// <param name="Topic">Topic number, 1 to K (the model's index + 1).</param>
/// <param name="TopTerms">The top terms by probability, comma-separated, most probable first.</param>
/// <param name="Share">The topic's share of all tokens (LDA) or document weight (NMF); shares sum to 1.</param>
/// <param name="Npmi">NPMI coherence of the top terms (boolean sliding windows of 10 tokens), in [−1, 1]; higher is more coherent.</param>
/// <param name="UMass">UMass coherence of the top terms (document co-occurrence), 0 or below; closer to 0 is more coherent.</param>
public sealed record TopicRow(int Topic, string TopTerms, double Share, double Npmi, double UMass);

/// <summary>One of a topic's top documents as a table row.</summary>
/// <param name="Topic">Topic number, 1 to K.</param>
/// <param name="Rank">1 for the document with the largest share of the topic.</param>
/// <param name="Id">The document's id.</param>
/// <param name="Title">Its title, if any.</param>
/// <param name="Date">Its date, if any.</param>
/// <param name="Share">θ(d, t): the topic's share of the document.</param>
public sealed record TopicDocumentRow(int Topic, int Rank, string Id, string? Title, DateTime? Date, double Share);

/// <summary>A topic's share of one time bin.</summary>
/// <param name="Bin">The bin's label (e.g. "2022-03").</param>
/// <param name="Topic">Topic number, 1 to K.</param>
/// <param name="Share">Mean θ of the bin's documents for the topic; the shares of a bin sum to 1.</param>
/// <param name="Documents">Number of documents in the bin.</param>
public sealed record TopicShareRow(string Bin, int Topic, double Share, int Documents);

/// <summary>The drift from one time bin to the next.</summary>
/// <param name="Bin">The bin's label.</param>
/// <param name="PreviousBin">The previous non-empty bin's label.</param>
/// <param name="SharesJsd">Jensen-Shannon divergence (base 2, 0..1) of the bin's topic shares from the previous bin's.</param>
/// <param name="MeanTopicWordJsd">
/// Mean over topics of the Jensen-Shannon divergence of each topic's within-bin word distribution from the previous
/// bin's (topics with no expected tokens in either bin left out; NaN when none is left).
/// </param>
public sealed record DriftRow(string Bin, string PreviousBin, double SharesJsd, double MeanTopicWordJsd);
