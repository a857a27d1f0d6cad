using NewsLens.Actors;
using NewsLens.Corpora;

namespace NewsLens.Tests.Actors;

/// <summary>
/// <see cref="QuoteExtraction.Find(IEnumerable{Document}, ActorAnalysis, ActorDictionary?)"/> maps speakers to the mentions of
/// an analysis it is given (as the report does with its shared analysis) instead of recognising actors again.
/// </summary>
public class QuotesFromAnalysisTests
{
    private const string Text = "Pence said Turkey risks expulsion from the F-35 programme.";

    private static ActorAnalysis AnalysisWith(params ActorMention[] mentions) => new(mentions, []);

    [Fact]
    public void Speakers_resolve_to_the_given_mentions()
    {
        var doc = Document.Create("d", Text);
        // a made-up canonical name no recogniser would produce: only the given analysis can be its source
        var analysis = AnalysisWith(new ActorMention("d", 0, 0, 5, "Pence", "Vice President (test actor)", ActorKind.Person, "United States"));
        var row = Assert.Single(QuoteExtraction.Find([doc], analysis));
        Assert.Equal(("Vice President (test actor)", "Pence", "said"), (row.Speaker, row.SpeakerRaw, row.Cue));
    }

    [Fact]
    public void Mentions_of_other_documents_are_not_used()
    {
        var doc = Document.Create("d", Text);
        var analysis = AnalysisWith(new ActorMention("other", 0, 0, 5, "Pence", "Vice President (test actor)", ActorKind.Person, null));
        var row = Assert.Single(QuoteExtraction.Find([doc], analysis, ActorDictionary.Empty));
        Assert.Equal(("Pence", "Pence"), (row.Speaker, row.SpeakerRaw)); // unresolved: the name as written
    }

    [Fact]
    public void On_the_sample_the_shared_analysis_gives_the_same_quotations()
    {
        var corpus = Corpus.Load(SharedData.Repo("data", "s400"));
        var recognizer = new ActorRecognizer();
        var own = QuoteExtraction.Find(corpus, recognizer);
        var shared = QuoteExtraction.Find(corpus, recognizer.Analyze(corpus), recognizer.Dictionary);
        Assert.Equal(own.Select(r => (r.DocumentId, r.SpeakerRaw, r.Text, r.Cue, r.Start)), shared.Select(r => (r.DocumentId, r.SpeakerRaw, r.Text, r.Cue, r.Start)));
        Assert.Contains(shared, r => r.Speaker == "Mevlut Cavusoglu");
    }
}
