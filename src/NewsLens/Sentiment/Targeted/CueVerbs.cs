namespace NewsLens.Sentiment.Targeted;

/// <summary>The kind of a cue verb: what it says about its object (and, more weakly, its subject).</summary>
public enum CueKind
{
    /// <summary>Not a cue word.</summary>
    None,
    /// <summary>An attack on the object: accused, warned, criticised, threatened, blamed, slammed, ...</summary>
    Attack,
    /// <summary>Praise or support of the object: praised, thanked, hailed, defended, backed, ...</summary>
    Praise,
    /// <summary>Reported speech: said, told, wrote, argued, ... (the subject is the speaker of a quote).</summary>
    Speech,
    /// <summary>Another verb-like word (auxiliaries and frequent news verbs) that only marks the verb position.</summary>
    Verb,
}

/// <summary>
/// Hand-made lists of news cue verbs in their inflected forms (lower case), used by
/// <see cref="TargetFeatures"/> and <see cref="RuleTargetSentiment"/> to tell the attacker from the attacked:
/// in "X accused Y", Y is the object of an attack verb (negative toward Y) and X its subject.
/// </summary>
public static class CueVerbs
{
    private static readonly Dictionary<string, CueKind> Words = Build();

    /// <summary>The cue kind of a lower-case word (<see cref="CueKind.None"/> when it is no cue).</summary>
    public static CueKind Of(string lowerWord) => Words.TryGetValue(lowerWord, out var k) ? k : CueKind.None;

    private static Dictionary<string, CueKind> Build()
    {
        var d = new Dictionary<string, CueKind>(StringComparer.Ordinal);
        void Add(CueKind kind, string stems)
        {
            foreach (var w in stems.Split(' ', StringSplitOptions.RemoveEmptyEntries)) d[w] = kind;
        }
        Add(CueKind.Attack,
            "accuse accuses accused accusing warn warns warned warning criticise criticises criticised criticising " +
            "criticize criticizes criticized criticizing threaten threatens threatened threatening blame blames blamed blaming " +
            "slam slams slammed slamming attack attacks attacked attacking condemn condemns condemned condemning " +
            "denounce denounces denounced denouncing blast blasts blasted blasting mock mocks mocked mocking " +
            "insult insults insulted insulting rebuke rebukes rebuked rebuking fire fires fired firing sue sues sued suing " +
            "charge charges charged charging indict indicts indicted indicting oppose opposes opposed opposing " +
            "reject rejects rejected rejecting dismiss dismisses dismissed dismissing ridicule ridiculed ridicules " +
            "lambast lambasted lambasts scold scolded scolds chide chided chides fault faulted faults " +
            "sanction sanctions sanctioned sanctioning punish punished punishes investigate investigated investigates investigating " +
            "impeach impeached impeaching arrest arrested arrests defeat defeated defeats oust ousted ousts " +
            "challenge challenged challenges challenging question questioned questioning deride derided derides " +
            "berate berated berates denigrate denigrated smear smeared target targeted targeting");
        Add(CueKind.Praise,
            "praise praises praised praising thank thanks thanked thanking hail hails hailed hailing laud lauds lauded lauding " +
            "commend commends commended commending endorse endorses endorsed endorsing defend defends defended defending " +
            "support supports supported supporting back backs backed backing congratulate congratulates congratulated congratulating " +
            "welcome welcomes welcomed welcoming applaud applauds applauded applauding celebrate celebrates celebrated " +
            "admire admires admired honor honors honored honour honours honoured champion championed champions " +
            "credit credits credited crediting compliment complimented compliments embrace embraced embraces " +
            "protect protected protects thanking appreciate appreciated appreciates salute saluted salutes");
        Add(CueKind.Speech,
            "say says said saying tell tells told telling write writes wrote written argue argues argued arguing " +
            "claim claims claimed claiming add adds added adding tweet tweets tweeted tweeting insist insists insisted " +
            "declare declares declared declaring explain explains explained state states stated announce announces announced " +
            "note notes noted suggest suggests suggested contend contends contended assert asserts asserted " +
            "acknowledge acknowledged acknowledges admit admits admitted recall recalled recalls");
        Add(CueKind.Verb,
            "is was are were be been being has have had will would could can should may might must do does did " +
            "made make makes went goes go gave give gives took take takes met meets meet called calls call asked asks ask " +
            "wants wanted want became become becomes seemed seems seem");
        return d;
    }
}
