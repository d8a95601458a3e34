using System;
using System.CommandLine;
using System.Globalization;
using System.IO;

namespace KeyAccount.Cli.Commands;

/// <summary><c>generate-day --rows N --sites K --discrepancy-rate R --seed S --out DIR</c>: writes a synthetic sales
/// day and the manifest of the discrepancies planted in it.</summary>
internal static class GenerateDayCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="console">The output streams.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliConsole console)
    {
        var rows = new Option<long>("--rows") { Description = "The number of transactions (payments with their two notice copies).", DefaultValueFactory = _ => 1000 };
        var sites = new Option<int>("--sites") { Description = "The number of sites; odd-numbered sell by agency, even-numbered by underwriting.", DefaultValueFactory = _ => 2 };
        var rate = new Option<double>("--discrepancy-rate") { Description = "The share of transactions spoilt, from 0 to 1; kinds are planted in turn.", DefaultValueFactory = _ => 0.01 };
        var seed = new Option<int>("--seed") { Description = "The random seed; the same seed gives the same files.", DefaultValueFactory = _ => 1 };
        var date = new Option<string>("--date") { Description = "The business date, yyyy-MM-dd.", DefaultValueFactory = _ => "2025-03-03" };
        var output = new Option<string>("--out", "-o") { Description = "The directory to write sites.csv, payments.csv, notices.csv and manifest.json to.", Required = true };
        var command = new Command("generate-day", "Write a synthetic sales day in the reconcile CSV format, with planted discrepancies of every kind and a manifest.json of them.")
        {
            rows, sites, rate, seed, date, output,
        };
        command.SetAction(result =>
        {
            var n = result.GetValue(rows);
            var k = result.GetValue(sites);
            var r = result.GetValue(rate);
            var text = result.GetValue(date);
            var broken = n < 0 ? $"--rows must be 0 or more, not {n.ToString(CultureInfo.InvariantCulture)}"
                : k is < 1 or > 9999 ? $"--sites must be from 1 to 9999, not {k.ToString(CultureInfo.InvariantCulture)}"
                : r is < 0 or > 1 || double.IsNaN(r) ? $"--discrepancy-rate must be from 0 to 1, not {r.ToString(CultureInfo.InvariantCulture)}"
                : !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) ? $"--date must be yyyy-MM-dd, not {text}"
                : null;
            if (broken is not null)
            {
                console.Error.WriteLine(broken);
                return ExitCodes.BadInput;
            }

            var day = DateOnly.ParseExact(text!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var directory = result.GetValue(output)!;
            try
            {
                var (planted, matched) = DayGenerator.Write(directory, n, k, r, result.GetValue(seed), day);
                DayGenerator.WriteManifest(Path.Combine(directory, "manifest.json"), n, k, r, result.GetValue(seed), day, planted, matched);
                console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{directory}: {n} transactions on {k} sites, {planted.Count} discrepancies planted, {matched} payments to match"));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                console.Error.WriteLine($"--out {directory}: the directory cannot be created or written to");
                return ExitCodes.BadInput;
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
