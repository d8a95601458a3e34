using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
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
            Description = "How to print the report: table (default), json, csv, markdown or html (one self-contained page).",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong(ReportWriter.Formats);
        var lang = new Option<string?>("--lang")
        {
            Description = "The language of the report's labels, kinds and hints: en or zh-CN (default: the current culture's).",
        };
        lang.AcceptOnlyFromAmong(ReportLanguage.Names);
        var command = new Command("reconcile", "Reconcile a day's payments against the clerk's and the cashier's copies of the remittance notices (REC-01, REC-02). Exit code 0 when balanced, 1 when there are discrepancies, 2 on bad input.")
        {
            paths,
            format,
            lang,
        };
        command.SetAction(result => Run(result.GetValue(paths) ?? [], result.GetValue(format) ?? "table", ReportLanguage.Of(result.GetValue(lang)), console));
        return command;
    }

    private static int Run(string[] paths, string format, ReportLanguage language, CliConsole console)
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

        // The records behind the discrepancies, with their files and lines, found among the records read (a record's
        // line is worked out from its slot, so a large day keeps no line number per record).
        var numbers = report.Days.SelectMany(d => d.Discrepancies.ToArray()).Select(x => x.Reference).ToHashSet();
        List<SourceRecord> records = numbers.Count == 0 || format == "csv" ? [] : day.Find(numbers);

        // The report needs the sites and the negative amounts, not the records: their memory goes back before the
        // report, so that it does not add to the peak.
        day.ReleaseRecords();
        ReportWriter.Write(new ReportContext(report, day, records, language), format, console.Out);
        return report.IsBalanced ? ExitCodes.Success : ExitCodes.Findings;
    }
}
