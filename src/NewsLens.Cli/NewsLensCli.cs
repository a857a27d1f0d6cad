using System.CommandLine;
using NewsLens.Cli.Commands;


namespace NewsLens.Cli;

/// <summary>The newslens command line: builds the command tree and runs it.</summary>
public static class NewsLensCli
{
    /// <summary>Runs the command line with the given arguments, writing to the given streams; returns the exit code.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = BuildRoot();
        var invocation = new InvocationConfiguration { Output = output, Error = error };
        return root.Parse(args).Invoke(invocation);
    }

    /// <summary>The root command with every sub-command.</summary>
    public static RootCommand BuildRoot()
    {
        var root = new RootCommand("NewsLens: analyse corpora of news articles (corpus summaries, term statistics, actors, sentiment, stance, topics, HTML reports).");
        // One line per capability; each command lives in Commands/<Name>Command.cs.
        root.Add(CorpusCommand.Create());
        root.Add(ReportCommand.Create());
        root.Add(TermsCommands.Terms());
        root.Add(TermsCommands.KeynessCommand());
        root.Add(TermsCommands.CollocationsCommand());
        root.Add(TermsCommands.KwicCommand());
        root.Add(ActorsCommand.Create());
        root.Add(StanceCommand.Create());
        root.Add(EvalCommands.Create());
        root.Add(TrainCommands.Create());
        root.Add(TopicsCommands.Topics());
        root.Add(TopicsCommands.DriftCommand());
        root.Add(SentimentCommand.Create());
        root.Add(QuotesCommand.Create());
        return root;
    }
}
