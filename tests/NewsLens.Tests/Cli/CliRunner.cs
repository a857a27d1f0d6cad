using NewsLens.Cli;

namespace NewsLens.Tests.Cli;

/// <summary>Runs the newslens command line in-process and captures its output.</summary>
internal static class CliRunner
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static Result Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = NewsLensCli.Run(args, output, error);
        return new Result(code, output.ToString(), error.ToString());
    }

    /// <summary>The sample corpus in the repository.</summary>
    public static string SampleCorpus => SharedData.Repo("data", "s400");
}
