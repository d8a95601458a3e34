using System;
using System.CommandLine;
using KeyAccount.Cli.Input;
using KeyAccount.Cli.Output;
using KeyAccount.Domain.Reconciliation;

namespace KeyAccount.Cli.Commands;

/// <summary><c>reconcile &lt;path…&gt;</c>: reads a day's sites, payments and notice copies and prints the
/// reconciliation report of the package's <see cref="Reconciler"/>.</summary>
internal static class ReconcileCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="console">The output streams.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("path")
        {
            Description = "CSV files (sites, payments, notices; told apart by their header), JSON Lines files (.jsonl/.json), or directories of .csv files.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "How to print the report: table (default), json, csv or markdown.",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong(ReportWriter.Formats);
        var command = new Command("reconcile", "Reconcile a day's payments against the clerk's and the cashier's copies of the remittance notices (REC-01, REC-02). Exit code 0 when balanced, 1 when there are discrepancies, 2 on bad input.")
        {
            paths,
            format,
        };
        command.SetAction(result => Run(result.GetValue(paths) ?? [], result.GetValue(format) ?? "table", console));
        return command;
    }

    private static int Run(string[] paths, string format, CliConsole console)
    {
        var (day, errors) = DayReader.Read(paths, console);
        if (day is null)
        {
            errors.WriteTo(console.Error);
            return ExitCodes.BadInput;
        }

        ReconciliationReport report;
        try
        {
            report = day.Reconcile();
        }
        catch (OverflowException)
        {
            console.Error.WriteLine("the totals of a site and day exceed the range of the reconciler (9.2e16 minor units)");
            return ExitCodes.BadInput;
        }

        ReportWriter.Write(report, day, format, console.Out);
        return report.IsBalanced ? ExitCodes.Success : ExitCodes.Findings;
    }
}
