namespace NewsLens.Tests.NotebookRunner;

[Collection(CurrentDirectoryCollection.Name)]
public class NotebookExecutorTests
{
    private static string Fixture(string name) => SharedData.Repo("tests", "NewsLens.Tests", "Fixtures", "notebooks", name);

    [Fact]
    public async Task Runs_csharp_cells_in_order_with_magics_display_and_trailing_expressions()
    {
        var notebook = NotebookFile.Read(Fixture("runner-sample.ipynb"));
        var runs = await NotebookExecutor.RunAsync(notebook, [typeof(NewsLens.Corpora.Document).Assembly]);

        Assert.Equal(4, runs.Count); // four C# code cells; markdown and javascript are not run
        Assert.Empty(runs[0].Outputs); // package magics only
        Assert.Empty(runs[1].Outputs); // statements end with semicolons
        Assert.Equal(2, runs[2].Outputs.Count);
        Assert.Equal("<b>bold</b>", runs[2].Outputs[0]["text/html"]);
        Assert.Equal("42", runs[2].Outputs[1]["text/plain"]);
        Assert.Equal("T!", Assert.Single(runs[3].Outputs)["text/plain"]);
        Assert.True(runs[3].ShouldDisplay);
        Assert.False(runs[1].ShouldDisplay);
    }

    [Fact]
    public async Task A_cell_that_throws_names_the_notebook_and_cell()
    {
        var notebook = NotebookFile.Read(Fixture("runner-throws.ipynb"));
        var e = await Assert.ThrowsAsync<NotebookCellException>(() => NotebookExecutor.RunAsync(notebook, []));
        Assert.Contains("runner-throws.ipynb, cell 1", e.Message);
        Assert.Contains("boom", e.Message);
    }

    [Fact]
    public async Task A_cell_that_does_not_compile_names_the_notebook_cell_and_diagnostic()
    {
        var notebook = NotebookFile.Read(Fixture("runner-compile-error.ipynb"));
        var e = await Assert.ThrowsAsync<NotebookCellException>(() => NotebookExecutor.RunAsync(notebook, []));
        Assert.Contains("runner-compile-error.ipynb, cell 2", e.Message);
        Assert.Contains("CS0029", e.Message);
    }

    [Fact]
    public void Other_nuget_packages_are_refused_with_the_package_name()
    {
        var cell = new NotebookCell(0, "code", "csharp", "#r \"nuget: Plotly.NET, 4.0\"\n", new System.Text.Json.Nodes.JsonObject());
        var e = Assert.Throws<NotebookCellException>(() => NotebookExecutor.Preprocess("x.ipynb", cell));
        Assert.Contains("Plotly.NET", e.Message);
    }

    [Fact]
    public void Outputs_are_written_back_as_display_data()
    {
        var notebook = NotebookFile.Read(Fixture("runner-sample.ipynb"));
        var cell = notebook.Cells[3];
        notebook.SetOutputs(cell, [new Dictionary<string, string> { ["text/plain"] = "a\nb" }], 3);
        var path = Path.Combine(Path.GetTempPath(), $"nb-{Guid.NewGuid():N}.ipynb");
        try
        {
            notebook.Save(path);
            var again = NotebookFile.Read(path);
            var outputs = again.Cells[3].Node["outputs"]!.AsArray();
            Assert.Equal("display_data", (string?)outputs[0]!["output_type"]);
            Assert.Equal("a\n", (string?)outputs[0]!["data"]!["text/plain"]![0]);
            Assert.Equal("b", (string?)outputs[0]!["data"]!["text/plain"]![1]);
            Assert.Equal(3, (int?)again.Cells[3].Node["execution_count"]);
        }
        finally { File.Delete(path); }
    }
}
