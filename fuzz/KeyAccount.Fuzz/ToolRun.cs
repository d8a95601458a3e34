using System;
using System.IO;
using KeyAccount.Cli;

namespace KeyAccount.Fuzz;

/// <summary>One in-process run of the <c>keyaccount</c> tool, and the promises every run keeps: the exit code is
/// 0, 1 or 2; a run that refuses its input (2) says why on standard error and prints no report; any other run
/// prints its result.</summary>
/// <param name="Exit">The exit code.</param>
/// <param name="Out">What went to standard output.</param>
/// <param name="Error">What went to standard error.</param>
internal sealed record ToolRun(int Exit, string Out, string Error)
{
    /// <summary>Runs the tool.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>The run, after checking the promises above.</returns>
    public static ToolRun Start(params string[] args)
    {
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        var exit = CliApp.Run(args, stdout, stderr);
        var run = new ToolRun(exit, stdout.ToString(), stderr.ToString());
        run.CheckExitContract(string.Join(' ', args));
        return run;
    }

    /// <summary>Throws when the run breaks a promise above.</summary>
    /// <param name="command">The command line, for the message.</param>
    internal void CheckExitContract(string command)
    {
        switch (Exit)
        {
            case ExitCodes.BadInput when Error.Length == 0:
                throw new BrokenPromiseException($"'{command}' refused its input (exit 2) without saying why on standard error");
            case ExitCodes.BadInput when Out.Length != 0:
                throw new BrokenPromiseException($"'{command}' refused its input (exit 2) but printed a result:\n{Out}");
            case ExitCodes.BadInput:
                return;
            case ExitCodes.Success or ExitCodes.Findings when Out.Length == 0:
                throw new BrokenPromiseException($"'{command}' exited {Exit} without printing a result");
            case ExitCodes.Success or ExitCodes.Findings:
                return;
            default:
                throw new BrokenPromiseException($"'{command}' exited {Exit}; only 0, 1 and 2 are documented\nstderr:\n{Error}");
        }
    }
}
