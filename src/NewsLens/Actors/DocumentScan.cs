namespace NewsLens.Actors;

/// <summary>The working state of recognition in one document: tokens, sentence of each token, hits so far.</summary>
internal sealed class DocumentScan
{
    public DocumentScan(string text, IReadOnlyList<(int Start, int End)> sentences, DateTime? date)
    {
        Text = text;
        Date = date;
        Tokens = WordScanner.Scan(text);
        Sentence = new int[Tokens.Count];
        var starts = sentences.Select(s => s.Start).Order().ToArray();
        for (int i = 0; i < Tokens.Count; i++)
        {
            int k = Array.BinarySearch(starts, Tokens[i].Start);
            Sentence[i] = k >= 0 ? k : Math.Max(0, ~k - 1);
        }
        HitAt = new Hit?[Tokens.Count];
    }

    public string Text { get; }
    public DateTime? Date { get; }
    public List<ScanToken> Tokens { get; }
    public int[] Sentence { get; }
    /// <summary>The hit covering each token, if any.</summary>
    public Hit?[] HitAt { get; }
    public List<Hit> Hits { get; } = [];

    public bool Taken(int i) => HitAt[i] is not null;

    public void Add(Hit hit)
    {
        for (int k = hit.First; k <= hit.Last; k++)
        {
            if (HitAt[k] is { } old && old != hit) Remove(old);
        }
        for (int k = hit.First; k <= hit.Last; k++) HitAt[k] = hit;
        Hits.Add(hit);
    }

    public void Remove(Hit hit)
    {
        for (int k = hit.First; k <= hit.Last; k++)
            if (HitAt[k] == hit) HitAt[k] = null;
        Hits.Remove(hit);
    }

    /// <summary>True when <paramref name="actor"/> has a hit in the sentence of token <paramref name="i"/> or the <paramref name="window"/> sentences before, ending before i.</summary>
    public bool MentionedRecently(string actor, int i, int window) =>
        Hits.Any(h => h.Last < i && h.Actor.Name == actor && Sentence[h.First] >= Sentence[i] - window);

    public bool IsWordKey(int i, string key) => i >= 0 && i < Tokens.Count && Tokens[i].Key == key;
}
