using System.Text.Json;
using NewsLens.Topics;

namespace NewsLens.Tests.Topics;

public class CoherenceTests
{
    private static readonly string FixtureDir = SharedData.Repo("tests", "NewsLens.Tests", "Fixtures", "topics");

    private static (IReadOnlyList<IReadOnlyList<string>> Topics, IReadOnlyList<IReadOnlyList<string>> Texts, JsonElement Expected) LoadFixture()
    {
        using var textsDoc = JsonDocument.Parse(File.ReadAllText(Path.Combine(FixtureDir, "coherence_texts.json")));
        var texts = textsDoc.RootElement.GetProperty("texts").EnumerateArray()
            .Select(t => (IReadOnlyList<string>)t.GetString()!.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray();
        var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(FixtureDir, "coherence.json"))).RootElement;
        var topics = expected.GetProperty("topics").EnumerateArray()
            .Select(t => (IReadOnlyList<string>)t.EnumerateArray().Select(w => w.GetString()!).ToArray()).ToArray();
        return (topics, texts, expected);
    }

    [Theory]
    [InlineData(CoherenceMeasure.UMass, "gensim", "u_mass", WindowCounting.GensimCompatible)]
    [InlineData(CoherenceMeasure.UMass, "gensim", "u_mass", WindowCounting.Exact)] // no windows: same either way
    [InlineData(CoherenceMeasure.Npmi, "gensim", "c_npmi", WindowCounting.GensimCompatible)]
    [InlineData(CoherenceMeasure.Cv, "gensim", "c_v", WindowCounting.GensimCompatible)]
    [InlineData(CoherenceMeasure.Npmi, "exact", "c_npmi", WindowCounting.Exact)]
    [InlineData(CoherenceMeasure.Cv, "exact", "c_v", WindowCounting.Exact)]
    public void Matches_the_reference_values(CoherenceMeasure measure, string source, string key, WindowCounting counting)
    {
        var (topics, texts, expected) = LoadFixture();
        var reference = expected.GetProperty(source).GetProperty(key);
        var result = Coherence.Compute(topics, texts, measure, new CoherenceOptions { Counting = counting });
        var perTopic = reference.GetProperty("per_topic").EnumerateArray().Select(x => x.GetDouble()).ToArray();
        Assert.Equal(perTopic.Length, result.Topics.Count);
        for (int t = 0; t < perTopic.Length; t++)
            Assert.True(Math.Abs(perTopic[t] - result.Topics[t].Coherence) < 1e-6,
                $"{key} ({source}) topic {t}: expected {perTopic[t]}, got {result.Topics[t].Coherence}");
        Assert.True(Math.Abs(reference.GetProperty("mean").GetDouble() - result.Mean) < 1e-6);
    }

    [Fact]
    public void The_fixture_distinguishes_exact_from_gensim_window_counting()
    {
        // Guards the test above: if both countings agreed on the fixture, it would not check either.
        var (topics, texts, expected) = LoadFixture();
        double gensimCv = expected.GetProperty("gensim").GetProperty("c_v").GetProperty("mean").GetDouble();
        double exactCv = expected.GetProperty("exact").GetProperty("c_v").GetProperty("mean").GetDouble();
        Assert.True(Math.Abs(gensimCv - exactCv) > 1e-3);
        var a = Coherence.Compute(topics, texts, CoherenceMeasure.Cv, new CoherenceOptions { Counting = WindowCounting.Exact });
        var b = Coherence.Compute(topics, texts, CoherenceMeasure.Cv, new CoherenceOptions { Counting = WindowCounting.GensimCompatible });
        Assert.NotEqual(a.Mean, b.Mean, 6);
    }

    // Hand-worked example. Documents: {a,b}, {a,c}, {a,b,c}, {c}; N = 4.
    // D(a)=3, D(b)=2, D(c)=3, D(a,b)=2, D(a,c)=2, D(b,c)=1.
    private static readonly IReadOnlyList<IReadOnlyList<string>> HandTexts =
        [["a", "b"], ["a", "c"], ["a", "b", "c"], ["c"]];

    [Fact]
    public void UMass_of_a_hand_worked_example()
    {
        // Pairs (b|a), (c|a), (c|b): ln(2/3), ln(2/3), ln((1/4)/(2/4)) = ln(1/2).
        var result = Coherence.Compute([["a", "b", "c"]], HandTexts, CoherenceMeasure.UMass);
        double expected = (2 * Math.Log(2.0 / 3) + Math.Log(0.5)) / 3;
        Assert.Equal(expected, result.Mean, 9);
        Assert.Equal(4, result.ReferenceUnits);
        Assert.Null(result.WindowSize);
    }

    [Fact]
    public void Npmi_of_a_hand_worked_example()
    {
        // Every text is shorter than the window, so each is one window: the document counts above.
        // NPMI(a,b) = ln((1/2)/((3/4)(1/2))) / −ln(1/2) = ln(4/3)/ln 2
        // NPMI(a,c) = ln((1/2)/((3/4)(3/4))) / ln 2 = ln(8/9)/ln 2
        // NPMI(b,c) = ln((1/4)/((1/2)(3/4))) / ln 4 = ln(2/3)/ln 4
        var result = Coherence.Compute([["a", "b", "c"]], HandTexts, CoherenceMeasure.Npmi);
        double expected = (Math.Log(4.0 / 3) / Math.Log(2) + Math.Log(8.0 / 9) / Math.Log(2) + Math.Log(2.0 / 3) / Math.Log(4)) / 3;
        Assert.Equal(expected, result.Mean, 9);
        Assert.Equal(10, result.WindowSize);
    }

    [Fact]
    public void Cv_of_a_two_word_topic_worked_by_hand()
    {
        // Topic [a, b] on the texts above: NPMI(a,a) = ln((3/4)/(9/16))/−ln(3/4) = 1 (up to ε), likewise NPMI(b,b) = 1,
        // x = NPMI(a,b) = ln(4/3)/ln 2. v(a) = (1, x), v(b) = (x, 1), topic vector (1+x, 1+x):
        // cos(v(a), topic) = (1+x)² / (sqrt(1+x²) · sqrt(2)(1+x)) = (1+x)/sqrt(2(1+x²)), same for b.
        double x = Math.Log(4.0 / 3) / Math.Log(2);
        double expected = (1 + x) / Math.Sqrt(2 * (1 + x * x));
        var result = Coherence.Compute([["a", "b"]], HandTexts, CoherenceMeasure.Cv);
        Assert.Equal(expected, result.Mean, 9);
    }

    [Fact]
    public void Window_counting_differs_only_when_a_word_repeats_inside_a_window()
    {
        // Text a a b, window 2: windows [a a] and [a b]. Exact: a is in both. gensim's bookkeeping drops a
        // when its first copy leaves, so it sees {a} then {b}.
        var text = new[] { 0, 0, 1 };
        var exact = CooccurrenceCounts.Windows([text], 2, 2, WindowCounting.Exact);
        var gensim = CooccurrenceCounts.Windows([text], 2, 2, WindowCounting.GensimCompatible);
        Assert.Equal(2, exact.Units);
        Assert.Equal(2, exact.Occurrences(0));
        Assert.Equal(1, exact.Cooccurrences(0, 1));
        Assert.Equal(1, gensim.Occurrences(0));
        Assert.Equal(0, gensim.Cooccurrences(0, 1));
        // Text a x a b, window 2: windows {a,x}, {x,a}, {a,b}: both countings agree.
        var other = new[] { 0, -1, 0, 1 };
        var e2 = CooccurrenceCounts.Windows([other], 2, 2, WindowCounting.Exact);
        var g2 = CooccurrenceCounts.Windows([other], 2, 2, WindowCounting.GensimCompatible);
        Assert.Equal((3L, 3L, 1L), (e2.Units, e2.Occurrences(0), e2.Cooccurrences(0, 1)));
        Assert.Equal((3L, 3L, 1L), (g2.Units, g2.Occurrences(0), g2.Cooccurrences(0, 1)));
    }

    [Fact]
    public void Errors_name_the_topic_and_the_problem()
    {
        var missing = Assert.Throws<ArgumentException>(() => Coherence.Compute([["a", "zzz"]], HandTexts, CoherenceMeasure.UMass));
        Assert.Contains("topic 0", missing.Message);
        Assert.Contains("zzz", missing.Message);
        var single = Assert.Throws<ArgumentException>(() => Coherence.Compute([["a"]], HandTexts, CoherenceMeasure.Npmi));
        Assert.Contains("at least 2", single.Message);
        var duplicate = Assert.Throws<ArgumentException>(() => Coherence.Compute([["a", "b", "a"]], HandTexts, CoherenceMeasure.Cv));
        Assert.Contains("'a'", duplicate.Message);
        var window = Assert.Throws<ArgumentException>(() => Coherence.Compute([["a", "b"]], HandTexts, CoherenceMeasure.Npmi, new CoherenceOptions { WindowSize = 0 }));
        Assert.Contains("WindowSize", window.Message);
    }
}

public class ModelCoherenceTests
{
    [Fact]
    public void Learnt_topics_are_more_coherent_than_shuffled_ones()
    {
        var corpus = SyntheticCorpus.Generate(topics: 3, wordsPerTopic: 10, documents: 90, tokensPerDoc: 30, seed: 4);
        var model = Lda.Fit(corpus, new LdaOptions(3) { Iterations = 100 });
        var learnt = Coherence.Compute(model, corpus, CoherenceMeasure.Npmi, topN: 6);
        Assert.Equal(3, learnt.Topics.Count);
        Assert.Equal(model.GetTopics(6)[0].TopWords, learnt.Topics[0].Words);
        // Words taken round-robin from the three learnt topics mix the true topics.
        var tops = model.GetTopics(6).Select(t => t.TopWords).ToArray();
        var mixed = Enumerable.Range(0, 3).Select(i => (IReadOnlyList<string>)Enumerable.Range(0, 6).Select(j => tops[(i + j) % 3][j]).ToArray()).ToArray();
        var texts = Enumerable.Range(0, corpus.DocumentCount).Select(d => (IReadOnlyList<string>)corpus.Tokens(d).ToArray().Select(w => corpus.Vocabulary[w]).ToArray()).ToArray();
        var shuffled = Coherence.Compute(mixed, texts, CoherenceMeasure.Npmi);
        Assert.True(learnt.Mean > shuffled.Mean + 0.1, $"learnt {learnt.Mean:F3} vs mixed {shuffled.Mean:F3}");
    }
}
