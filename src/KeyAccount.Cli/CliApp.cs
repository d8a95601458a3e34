using System;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.IO;
using System.Reflection;
using KeyAccount.Cli.Commands;

namespace KeyAccount.Cli;

/// <summary>
/// The <c>keyaccount</c> command line: parses the arguments, runs one command and returns its exit code. Every
/// command writes its result to <c>stdout</c> and its diagnostics to <c>stderr</c>; the business logic is the
/// package's, the tool only reads files, calls it and prints.
/// </summary>
internal static class CliApp
{
    /// <summary>The command's name, as installed.</summary>
    public const string Name = "keyaccount";

    /// <summary>Gets the tool's version: the informational version of this assembly (the package version, and the
    /// commit it was built from when built from a git checkout).</summary>
    public static string Version { get; } =
        typeof(CliApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    /// <summary>Runs the command line.</summary>
    /// <param name="args">The arguments, without the program name.</param>
    /// <param name="stdout">Where results go.</param>
    /// <param name="stderr">Where diagnostics and progress go.</param>
    /// <returns>0 on success, 1 when the input does not pass (discrepancies, a violation), 2 on bad input.</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        var console = new CliConsole(stdout, stderr);
        // A plain command named as installed: a root command would take the name of the assembly (KeyAccount.Cli).
        var root = new Command(Name, "keyaccount: day-end reconciliation, event-log validation, negotiation flow tables, lifecycle diagrams and the rule catalogue of KeyAccount.Domain.")
        {
            ReconcileCommand.Create(console),
            GenerateDayCommand.Create(console),
            ValidateCommand.Create(console),
            PlanCommand.Create(console),
            DiagramCommand.Create(console),
            RulesCommand.Create(console),
            new HelpOption(),
            new VersionOption { Action = new PrintVersion(console) },
        };

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0 && parse.Action is not PrintVersion)
        {
            foreach (var error in parse.Errors)
            {
                stderr.WriteLine(error.Message);
            }

            stderr.WriteLine("Run 'keyaccount --help' for usage.");
            return ExitCodes.BadInput;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A file that exists but cannot be opened or read, or an output directory that cannot be written.
            stderr.WriteLine(e.Message);
            return ExitCodes.BadInput;
        }
    }

    private sealed class PrintVersion(CliConsole console) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            console.Out.WriteLine(Version);
            return ExitCodes.Success;
        }
    }
}
