using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;
using NewsLens.Tests.NotebookRunner;

namespace NewsLens.Tests;

/// <summary>The README's "shortest useful program" compiles and runs from the repository root.</summary>
[Collection(CurrentDirectoryCollection.Name)]
public class ReadmeProgramTests
{
    [Fact]
    public async Task The_shortest_useful_program_runs_on_the_bundled_corpus()
    {
        var readme = File.ReadAllText(SharedData.Repo("README.md"));
        var block = Regex.Match(readme, "## The shortest useful program\\s+```csharp\\n(.*?)```", RegexOptions.Singleline);
        Assert.True(block.Success, "README has no csharp block under 'The shortest useful program'");
        var code = block.Groups[1].Value + "\nreturn (dfm.NDocuments, big.NFeatures == dfm.NFeatures);";
        // The implicit usings of a console project or a file-based app (dotnet new console / dotnet run app.cs).
        var options = ScriptOptions.Default.AddReferences(typeof(NewsLens.Corpora.Corpus).Assembly)
            .WithImports("System", "System.IO", "System.Linq", "System.Collections.Generic", "System.Net.Http", "System.Threading", "System.Threading.Tasks");
        var previous = Directory.GetCurrentDirectory();
        var output = new StringWriter();
        var console = Console.Out;
        try
        {
            Directory.SetCurrentDirectory(SharedData.RepoRoot);
            Console.SetOut(output);
            var (documents, same) = await CSharpScript.EvaluateAsync<(int, bool)>(code, options);
            Assert.Equal(5, documents);
            Assert.True(same);
        }
        finally
        {
            Console.SetOut(console);
            Directory.SetCurrentDirectory(previous);
        }
        Assert.Contains("chi2=", output.ToString());
    }
}
