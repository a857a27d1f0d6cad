namespace NewsLens.Tests.Text;

/// <summary>The sample articles shipped in the repository (data/s400, the same files as ../shared/corpus/s400).</summary>
internal static class SampleText
{
    public static string Read(string prefix) =>
        File.ReadAllText(Directory.GetFiles(SharedData.Repo("data", "s400"), prefix + "_*.txt").Single());
}
