namespace NewsLens.Actors;

/// <summary>
/// Word lists for discovering people the dictionaries lack: honorifics and titles that introduce a name
/// ("Mr", "Defense Minister", "Congressmen"), institution words that end an organisation name before a
/// person's name ("... Industry Directorate Ismail Demir"), and capitalised words that are never names.
/// All entries are word keys (upper case, no dots).
/// </summary>
internal static class TitleLexicon
{
    private static HashSet<string> Set(string words) =>
        new(words.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).Select(WordScanner.KeyOf), StringComparer.Ordinal);

    /// <summary>Honorifics: included in a person mention's span ("Mr Erdogan").</summary>
    public static readonly HashSet<string> Honorifics = Set("Mr Mrs Ms Miss Dr Sir Dame Lord Lady Mme Herr");

    /// <summary>Words of titles and roles that introduce a name.</summary>
    public static readonly HashSet<string> Titles = Set("""
        President Vice Prime Minister Ministers Secretary Secretaries Chancellor King Queen Prince Princess Sheikh
        Emir Ambassador Envoy Spokesman Spokeswoman Spokesperson Senator Sen Senators Congressman Congressmen
        Congresswoman Congresswomen Representative Rep Governor Gov Mayor General Gen Admiral Adm Colonel Col
        Lieutenant Lt Major Maj Captain Capt Commander Cmdr Chief Head Director Chairman Chairwoman Chair CEO
        Deputy Assistant Acting Former Undersecretary Under Attorney Speaker Leader Premier Judge Pope Patriarch
        Ayatollah Professor Prof Officer Official Adviser Advisor Republican Republicans Democrat Democratic
        Democrats Executive President-elect Sergeant Sgt Brigadier Marshal Field Commissioner Chairperson
        Founder Editor Analyst Correspondent Photographer Reporter Defence Defense Foreign Interior Finance
        Special Senior Coordinator Counselor Counsellor Administrator Principal Elect Designate Envoys
        """);

    /// <summary>Capitalised institution words ending or forming an organisation name.</summary>
    public static readonly HashSet<string> Institutions = Set("""
        Directorate Industry Industries Cooperation Technical Military Federal Service Services Studies Policy
        Economics Security Intelligence Affairs Development Relations Operations Staff Joint Forces Force Air
        Naval Navy Army Corps Agency Exporter Council Committee Institute University Centre Center Foundation
        Ministry Department Office Bureau Commission Authority Bank Fund Company Corporation Group Party Union
        Organization Organisation Alliance Assembly Parliament Congress Senate House Court State States
        National International European Atlantic Strategic Research Energy Trade Health Education Justice News
        Press Agency Times Post Journal Government Administration Board Network Media Television Radio
        Association League Front Movement Coalition Command Guard Council Cabinet Embassy Mission Programme
        Program Base Airbase Station Headquarters Day Week Conference Meeting Summit Forum Control Museum
        Memorial Order Charter Act Award Prize Initiative Strategy Plan Agreement Treaty Accord Declaration
        Convention Protocol Project Projects Community Dialogue Partnership Framework Review Report Resolution Law Bill Festival Games
        """);

    /// <summary>Capitalised words that cannot be part of a person's name (function words, months, days).</summary>
    public static readonly HashSet<string> NotNames = Set("""
        The A An In On At But And Or If As Of For To From By With Without After Before During Since Until
        While When Where Why How What Who Whom Which This That These Those It Its He She They We You I His Her
        Their Our My Your There Here Then So Yet Also Still Even Just Only Not No Yes Some Any All Both Each
        Every Many Much More Most Other Such Than Too Very Can Could May Might Must Shall Should Will Would
        Is Are Was Were Be Been Being Has Have Had Do Does Did Said Says Told Asked According However
        Meanwhile Moreover Furthermore Although Though Because Unless Whether Despite Against Among Between
        Into Onto Over Under Up Down Out Off About Above Below Across Along Around Behind Beyond Near Inside
        Outside Within Upon Via Per Mr Mrs Ms Dr
        Source Read More Click Here Full Article Comments Leave Reply Check Also Support Browse Shop Footage
        Reports Report Initial Other Some One Two Three Four Five Western Eastern Northern Southern
        Islamic Muslim Christian Jewish Kurdish Arab Republican Democratic
        January February March April May June July August September October November December
        Monday Tuesday Wednesday Thursday Friday Saturday Sunday Today Yesterday Tomorrow
        """);

    /// <summary>Months and days, capitalised in prose but never names.</summary>
    public static readonly HashSet<string> Calendar = Set("""
        January February March April May June July August September October November December
        Monday Tuesday Wednesday Thursday Friday Saturday Sunday
        """);

    /// <summary>Speech verbs that follow a name in "Mevlut Cavusoglu said".</summary>
    public static readonly HashSet<string> SpeechVerbs = Set("said says told added noted warned stressed insisted explained argued wrote replied");

    /// <summary>Nouns that describe a person in an apposition ("a defense analyst at ...", "the company's founder").</summary>
    public static readonly HashSet<string> PersonNouns = Set("""
        analyst analysts expert researcher professor spokesman spokeswoman spokesperson minister president secretary
        director head chief official ambassador envoy commander general adviser advisor leader chairman chairwoman
        member founder CEO editor reporter correspondent journalist photographer lawyer economist scientist diplomat
        officer senator congressman congresswoman mayor governor deputy executive manager fellow lecturer author
        writer activist negotiator prosecutor judge colonel lieutenant captain admiral general spokesperson
        """);

    /// <summary>Words that may open an appositive describing a person ("Can Kasapoglu, a defense analyst").</summary>
    public static readonly HashSet<string> AppositiveOpeners = Set("a an the former ex then current now acting senior chief head director");

    /// <summary>
    /// Titles that are specific to one country's institutions: a person introduced with one of these and no
    /// country word gets that country ("Acting Defense Secretary Patrick Shanahan", "Congressmen", "Secretary
    /// of Defense"). "Secretary of State" counts only when not followed by "for" (British "Secretary of State for ...").
    /// </summary>
    public static readonly IReadOnlyList<(string[] Keys, string Country)> CountrySpecificTitles =
        new (string, string)[]
        {
            ("Secretary of State", "United States"), ("Secretary of Defense", "United States"),
            ("Defense Secretary", "United States"), ("Congressman", "United States"), ("Congressmen", "United States"),
            ("Congresswoman", "United States"), ("Congresswomen", "United States"),
            ("Secretary of Homeland Security", "United States"), ("Attorney General", "United States"),
            ("Foreign Secretary", "United Kingdom"), ("Defence Secretary", "United Kingdom"),
        }.Select(p => (WordScanner.Scan(p.Item1).Select(t => t.Key).ToArray(), p.Item2)).ToList();

    /// <summary>A name particle written in lower case inside a name ("al" in "Bashar al-Assad", "bin", "de").</summary>
    public static bool IsParticle(string key) => key is "AL" or "EL" or "BIN" or "IBN" or "DE" or "DA" or "VAN" or "VON" or "DI" or "LA" or "LE" or "DEL" or "DOS";
}
