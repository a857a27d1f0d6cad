using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace NewsLens.Tests.NotebookRunner;

/// <summary>The outcome of one code cell.</summary>
public sealed record CellRun(NotebookCell Cell, IReadOnlyList<IReadOnlyDictionary<string, string>> Outputs, bool ShouldDisplay);

/// <summary>
/// Runs a notebook's C# cells in order with Roslyn scripting, as the .NET Interactive C# kernel does
/// (it is built on CSharpScript.RunAsync / ScriptState.ContinueWithAsync): magic commands are
/// stripped or emulated, <c>#r "nuget: NewsLens"</c> becomes a reference to the built library,
/// and <c>display</c>/<c>HTML</c> come from <see cref="NotebookGlobals"/>. A cell whose last
/// statement is an expression without a semicolon displays its value.
/// </summary>
public static partial class NotebookExecutor
{
    private static readonly string[] DefaultImports =
        ["System", "System.IO", "System.Text", "System.Collections", "System.Collections.Generic", "System.Threading.Tasks", "System.Linq"];

    /// <summary>Runs every C# code cell of <paramref name="notebook"/>, with the working directory set to the notebook's folder.</summary>
    /// <exception cref="NotebookCellException">A cell failed to compile or threw.</exception>
    public static async Task<IReadOnlyList<CellRun>> RunAsync(NotebookFile notebook, IEnumerable<System.Reflection.Assembly> references)
    {
        var options = ScriptOptions.Default
            .WithLanguageVersion(LanguageVersion.Latest)
            .WithReferences(references.Append(typeof(NotebookGlobals).Assembly))
            .WithImports(DefaultImports)
            .WithEmitDebugInformation(false);
        var globals = new NotebookGlobals();
        var runs = new List<CellRun>();
        ScriptState<object?>? state = null;
        var previous = Environment.CurrentDirectory;
        Environment.CurrentDirectory = Path.GetDirectoryName(Path.GetFullPath(notebook.Path))!;
        try
        {
            foreach (var cell in notebook.Cells)
            {
                if (cell.CellType != "code") continue;
                if (cell.Language is not ("csharp" or "C#" or "c#")) continue;
                var code = Preprocess(notebook.Path, cell);
                if (string.IsNullOrWhiteSpace(code)) { runs.Add(new CellRun(cell, [], false)); continue; }
                globals.Outputs.Clear();
                try
                {
                    state = state is null
                        ? await CSharpScript.RunAsync<object?>(code, options, globals, typeof(NotebookGlobals))
                        : await state.ContinueWithAsync<object?>(code, options);
                }
                catch (CompilationErrorException e)
                {
                    throw new NotebookCellException(notebook.Path, cell.Index, "does not compile:\n" + string.Join("\n", e.Diagnostics), e);
                }
                catch (Exception e)
                {
                    throw new NotebookCellException(notebook.Path, cell.Index, $"threw {e.GetType().Name}: {e.Message}", e);
                }
                var outputs = globals.Outputs.ToList();
                var endsInExpression = EndsInExpression(code);
                if (endsInExpression && state.ReturnValue is { } value)
                    outputs.Add(DisplayFormatting.Format(value));
                runs.Add(new CellRun(cell, outputs, endsInExpression || code.Contains("display(", StringComparison.Ordinal)));
            }
        }
        finally
        {
            Environment.CurrentDirectory = previous;
        }
        return runs;
    }

    /// <summary>
    /// Turns a cell into plain script code: <c>#!csharp</c>, <c>#!time</c> and other <c>#!</c> magics and
    /// <c>#i</c> package sources are dropped; <c>#r "nuget: NewsLens..."</c> is dropped (the library is
    /// referenced already); any other NuGet reference is an error, since the tests cannot restore it.
    /// </summary>
    internal static string Preprocess(string path, NotebookCell cell)
    {
        var sb = new StringBuilder();
        foreach (var raw in cell.Source.Replace("\r\n", "\n").Split('\n'))
        {
            var line = raw.TrimStart();
            if (line.StartsWith("#!", StringComparison.Ordinal) || line.StartsWith("#i ", StringComparison.Ordinal))
            {
                sb.Append('\n'); // keep line numbers
                continue;
            }
            var nuget = NugetReference().Match(line);
            if (nuget.Success)
            {
                var package = nuget.Groups[1].Value.Split(',')[0].Trim();
                if (!package.Equals("NewsLens", StringComparison.OrdinalIgnoreCase))
                    throw new NotebookCellException(path, cell.Index, $"references package '{package}', which the notebook runner cannot restore");
                sb.Append('\n');
                continue;
            }
            sb.Append(raw).Append('\n');
        }
        return sb.ToString();
    }

    /// <summary>True when the cell's last statement is an expression without a terminating semicolon.</summary>
    internal static bool EndsInExpression(string code)
    {
        var tree = CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.Latest, kind: SourceCodeKind.Script));
        var last = tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.GlobalStatementSyntax>().LastOrDefault();
        return last?.Statement is Microsoft.CodeAnalysis.CSharp.Syntax.ExpressionStatementSyntax expr && expr.SemicolonToken.IsMissing;
    }

    [GeneratedRegex("""^#r\s+"nuget:\s*([^"]+)"\s*$""")]
    private static partial Regex NugetReference();
}

/// <summary>A notebook cell failed; the message names the notebook and the cell.</summary>
public sealed class NotebookCellException(string path, int cell, string problem, Exception? inner = null)
    : Exception($"{Path.GetFileName(path)}, cell {cell + 1}: {problem}", inner);
