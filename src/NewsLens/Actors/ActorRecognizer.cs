using NewsLens.Corpora;

namespace NewsLens.Actors;

/// <summary>
/// Finds the people, countries and organisations mentioned in documents and merges their aliases:
/// "Recep Tayyip Erdogan", "Mr Erdogan", "Erdogan" and "the Turkish president" are one actor;
/// "Ankara", "Turkish" and "the Turks" are Turkey.
/// <para>
/// Steps in each document: (1) dictionary aliases, longest match first, over a word scan of the text,
/// with case rules that keep "US" apart from "us" (a short alias written in capitals matches only capitals);
/// context aliases such as "the alliance" count only when their actor was mentioned in the same or the
/// previous <see cref="ActorRecognizerOptions.ContextSentences"/> sentences; a preceding honorific joins a
/// person's mention ("Mr Erdogan"). (2) Discovery of people the dictionary lacks, from titles, appositions,
/// speech verbs and photo credits, with the affiliation read from the title. (3) Later bare surnames
/// ("Cavusoglu said", "Mr Mikheev") of discovered people. (4) Role references "the Turkish president",
/// "Turkey's foreign minister": the person introduced earlier in the document with that role and country,
/// else the dictionary's holder of the role on the document's date (the supplement's dated roles; Phoenix
/// CAMEO codes say only "government" or "elite", so they give affiliation, not titles). A role reference
/// replaces the country word inside it; unresolved references are not reported.
/// </para>
/// </summary>
public sealed class ActorRecognizer
{
    private readonly ActorDictionary _dictionary;
    private readonly ActorRecognizerOptions _options;

    /// <summary>Creates a recognizer over <paramref name="dictionary"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">ContextSentences is negative.</exception>
    public ActorRecognizer(ActorDictionary dictionary, ActorRecognizerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(dictionary);
        _options = options ?? ActorRecognizerOptions.Default;
        if (_options.ContextSentences < 0)
            throw new ArgumentOutOfRangeException(nameof(options), _options.ContextSentences,
                "ActorRecognizerOptions.ContextSentences must be 0 or more (number of preceding sentences that count as context).");
        _dictionary = dictionary;
    }

    /// <summary>A recognizer over <see cref="ActorDictionary.Default"/> with default options.</summary>
    public ActorRecognizer() : this(ActorDictionary.Default) { }

    /// <summary>The dictionary in use.</summary>
    public ActorDictionary Dictionary => _dictionary;

    /// <summary>The options in use.</summary>
    public ActorRecognizerOptions Options => _options;

    /// <summary>The actor mentions of one document, in text order.</summary>
    public IReadOnlyList<ActorMention> Find(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return FindCore(document, null).Mentions;
    }

    /// <summary>
    /// The mentions of all documents and one summary per actor. With
    /// <see cref="ActorRecognizerOptions.ResolveAcrossDocuments"/>, people discovered with a full name in
    /// one document are recognised by their surname in the others when that surname is unambiguous.
    /// </summary>
    public ActorAnalysis Analyze(IEnumerable<Document> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var docs = documents.ToList();
        var mentions = new List<ActorMention>();
        List<DiscoveredPerson>? corpus = null;
        if (_options.ResolveAcrossDocuments && _options.DiscoverPeople)
        {
            var all = docs.SelectMany(d => FindCore(d, null).People).Where(p => p.Pieces >= 2).ToList();
            corpus = all.GroupBy(p => WordScanner.KeyOf(p.Surname))
                .Where(g => g.Select(p => WordScanner.KeyOf(p.Name)).Distinct().Count() == 1)
                .Select(g => g.FirstOrDefault(p => p.Affiliation is not null) ?? g.First()).ToList();
        }
        foreach (var d in docs) mentions.AddRange(FindCore(d, corpus).Mentions);
        return new ActorAnalysis(mentions, Summarise(mentions));
    }

    private static List<ActorSummary> Summarise(List<ActorMention> mentions) =>
        mentions.GroupBy(m => (m.Actor, m.Kind))
            .Select(g => new ActorSummary(g.Key.Actor, g.Key.Kind,
                g.Where(m => m.Affiliation is not null).GroupBy(m => m.Affiliation).OrderByDescending(a => a.Count()).Select(a => a.Key).FirstOrDefault(),
                g.Count(), g.Select(m => m.DocumentId).Distinct().Count(),
                g.GroupBy(m => m.Surface).OrderByDescending(s => s.Count()).ThenBy(s => s.Key, StringComparer.Ordinal).Select(s => s.Key).ToList()))
            .OrderByDescending(s => s.Mentions).ThenBy(s => s.Actor, StringComparer.Ordinal).ToList();

    private (List<ActorMention> Mentions, List<DiscoveredPerson> People) FindCore(Document doc, List<DiscoveredPerson>? corpus)
    {
        var text = doc.Text ?? "";
        var sentences = (_options.SentenceSpans ?? DefaultSentenceSpans)(text);
        var scan = new DocumentScan(text, sentences, doc.Date);
        MatchDictionary(scan);
        var people = new List<DiscoveredPerson>();
        var roles = new List<(int Token, string Role, string Country, ResolvedActor Actor)>();
        if (_options.DiscoverPeople)
        {
            foreach (var (hit, person, role) in new PersonDiscovery(scan).Run())
            {
                scan.Add(hit);
                people.Add(person);
                if (role is not null && person.Affiliation is not null) roles.Add((hit.First, role, person.Affiliation, hit.Actor));
            }
            ResolveSurnames(scan, people, corpus);
        }
        if (_options.ResolveRoles) ResolveRoles(scan, roles);
        var mentions = scan.Hits.OrderBy(h => h.First).Select(h =>
        {
            int start = scan.Tokens[h.First].Start, end = scan.Tokens[h.Last].End;
            return new ActorMention(doc.Id, scan.Sentence[h.First], start, end, text[start..end], h.Actor.Name, h.Actor.Kind, h.Actor.Affiliation);
        }).ToList();
        return (mentions, people);
    }

    private void MatchDictionary(DocumentScan scan)
    {
        var trie = _dictionary.Trie;
        var tokens = scan.Tokens;
        for (int i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsWord || scan.Taken(i)) continue;
            AliasPattern? chosen = null;
            foreach (var p in trie.Match(tokens, i, scan.Taken))
            {
                if (p.Contextual && !scan.MentionedRecently(_dictionary.Actors[p.ActorIndex].CanonicalName, i, _options.ContextSentences)) continue;
                chosen = p;
                break;
            }
            if (chosen is null) continue;
            // "The United Nations Security Council": a match opening with "the" gives way to a longer one after it.
            if (chosen.Keys[0] == "THE" && i + 1 < tokens.Count)
            {
                var inner = trie.Match(tokens, i + 1, scan.Taken).FirstOrDefault(p => !p.Contextual);
                if (inner is not null && inner.Keys.Length >= chosen.Keys.Length) continue;
            }
            var actor = _dictionary.Actors[chosen.ActorIndex];
            int first = i, last = i + chosen.Keys.Length - 1;
            if (actor.Kind == ActorKind.Person && first > 0 && TitleLexicon.Honorifics.Contains(tokens[first - 1].Key)
                && tokens[first - 1].IsCapitalised && !scan.Taken(first - 1))
                first--;
            scan.Add(new Hit(first, last, new ResolvedActor(actor.CanonicalName, actor.Kind, actor.Affiliation)));
            i = last;
        }
    }

    /// <summary>Bare surnames and repeated full names of people discovered in this document (or, unambiguously, in the corpus).</summary>
    private static void ResolveSurnames(DocumentScan scan, List<DiscoveredPerson> local, List<DiscoveredPerson>? corpus)
    {
        var targets = new List<ResolvedActor>();
        var trie = new AliasTrie();
        void AddPerson(DiscoveredPerson p, int priority)
        {
            int index = targets.Count;
            targets.Add(new ResolvedActor(p.Name, ActorKind.Person, p.Affiliation));
            foreach (var alias in new[] { p.Name, p.Surname }.Distinct())
                if (AliasPattern.Create(alias, index, priority, false) is { } pattern) trie.Add(pattern);
        }
        // Full names first; a one-piece name ("Mr Townsend") takes the full name of the same surname when there is one.
        var full = local.Where(p => p.Pieces >= 2).GroupBy(p => WordScanner.KeyOf(p.Name)).Select(g => g.First()).ToList();
        foreach (var p in full) AddPerson(p, 2);
        if (corpus is not null)
            foreach (var p in corpus.Where(c => !full.Any(f => WordScanner.KeyOf(f.Surname) == WordScanner.KeyOf(c.Surname))))
                AddPerson(p, 1);
        foreach (var p in local.Where(p => p.Pieces == 1))
        {
            if (!targets.Any(t => LastWordKey(t.Name) == WordScanner.KeyOf(p.Name))) AddPerson(p, 0);
        }
        // Relabel one-piece discoveries and rescan the free tokens.
        foreach (var hit in scan.Hits.Where(h => h.Actor.Kind == ActorKind.Person).ToList())
        {
            var key = WordScanner.KeyOf(hit.Actor.Name);
            if (key.Contains(' ')) continue;
            var match = targets.Where(t => LastWordKey(t.Name) == key && t.Name != hit.Actor.Name).ToList();
            if (match.Count == 1 && local.Any(p => p.Name == hit.Actor.Name))
                hit.Actor = match[0] with { Affiliation = match[0].Affiliation ?? hit.Actor.Affiliation };
        }
        var tokens = scan.Tokens;
        for (int i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsWord || scan.Taken(i)) continue;
            var p = trie.Match(tokens, i, scan.Taken).FirstOrDefault();
            if (p is null) continue;
            int first = i, last = i + p.Keys.Length - 1;
            if (last + 1 < tokens.Count && tokens[last + 1].HyphenBefore) continue; // part of a longer hyphenated word
            if (first > 0 && TitleLexicon.Honorifics.Contains(tokens[first - 1].Key) && tokens[first - 1].IsCapitalised && !scan.Taken(first - 1)) first--;
            scan.Add(new Hit(first, last, targets[p.ActorIndex]));
            i = last;
        }
    }

    private static string LastWordKey(string name)
    {
        var words = WordScanner.Scan(name).Where(t => t.IsWord).ToList();
        if (words.Count == 0) return "";
        int k = words.Count - 1;
        var parts = new List<string> { words[k].Key };
        while (k > 0 && words[k].HyphenBefore) { k--; parts.Insert(0, words[k].Key); }
        return string.Join(" ", parts);
    }

    /// <summary>
    /// Registers the roles people are introduced with ("Russian President Vladimir Putin") and resolves
    /// "[the] Turkish president" / "Turkey's foreign minister" to the holder.
    /// </summary>
    private void ResolveRoles(DocumentScan scan, List<(int Token, string Role, string Country, ResolvedActor Actor)> roles)
    {
        var tokens = scan.Tokens;
        // Roles of people introduced with a title: "<country> <role> <person>" or "<role> <person>" (country = affiliation).
        foreach (var hit in scan.Hits.Where(h => h.Actor.Kind == ActorKind.Person).ToList())
        {
            int before = hit.First;
            var role = RoleLexicon.MatchEndingAt(tokens, before);
            if (role is null) continue;
            string? country = hit.Actor.Affiliation;
            int k = role.Value.Start - 1;
            if (k >= 0 && tokens[k].IsPossessive) k--;
            if (k >= 0 && scan.HitAt[k] is { Actor.Kind: ActorKind.Country } c) country = c.Actor.Name;
            if (country is not null) roles.Add((hit.First, role.Value.Role, country, hit.Actor));
        }
        foreach (var countryHit in scan.Hits.Where(h => h.Actor.Kind == ActorKind.Country).OrderBy(h => h.First).ToList())
        {
            int k = countryHit.Last + 1;
            if (k < tokens.Count && tokens[k].IsPossessive) k++;
            if (k >= tokens.Count || scan.Taken(k)) continue;
            var role = RoleLexicon.MatchAt(tokens, k);
            if (role is null) continue;
            int after = k + role.Value.Length;
            // "Turkish President Recep Tayyip Erdogan" names the person: not a role reference.
            if (after < tokens.Count && (scan.HitAt[after] is { Actor.Kind: ActorKind.Person } || tokens[after].IsCapitalised
                && !TitleLexicon.NotNames.Contains(tokens[after].Key) && scan.Sentence[after] == scan.Sentence[k]))
                continue;
            var country = countryHit.Actor.Name;
            var holder = roles.Where(r => r.Token < countryHit.First && r.Role == role.Value.Role && r.Country == country)
                .Select(r => r.Actor).LastOrDefault() ?? DictionaryHolder(role.Value.Role, country, scan.Date);
            if (holder is null) continue;
            int first = countryHit.First;
            if (first > 0 && tokens[first - 1].Key == "THE" && !scan.Taken(first - 1)) first--;
            scan.Remove(countryHit);
            scan.Add(new Hit(first, after - 1, holder));
        }
    }

    private ResolvedActor? DictionaryHolder(string role, string country, DateTime? date)
    {
        var holders = _dictionary.RoleHolders(role, country)
            .Where(h => date is { } d ? h.Role.IsValidAt(d) : h.Role.To is null)
            .Select(h => h.Actor).DistinctBy(a => a.CanonicalName).ToList();
        return holders.Count == 1 ? new ResolvedActor(holders[0].CanonicalName, ActorKind.Person, holders[0].Affiliation) : null;
    }

    /// <summary>The library's sentence splitter (<see cref="NewsLens.Text.SentenceSplitter"/>) as spans.</summary>
    private static IReadOnlyList<(int Start, int End)> DefaultSentenceSpans(string text) =>
        NewsLens.Text.SentenceSplitter.Split(text).Select(s => (s.Start, s.End)).ToList();
}
