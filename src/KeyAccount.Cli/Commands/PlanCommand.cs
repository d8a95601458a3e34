using System.CommandLine;
using System.Globalization;
using System.Linq;
using KeyAccount.Cli.Input;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Negotiations;
using NodaTime;

namespace KeyAccount.Cli.Commands;

/// <summary><c>plan &lt;negotiation.jsonl&gt; [--format markdown|csv] [--lang en|zh-CN]</c>: prints the negotiation
/// information flow table (NEG-12) of a plan's event export.</summary>
/// <remarks>The file is read with the negotiation family's serializer, folded with the decider's <c>TryEvolve</c> from its
/// initial state, and the plan's own flow table is printed; the rows, labels and dates are the package's.</remarks>
internal static class PlanCommand
{
    /// <summary>The zone the table's dates are shown in: the package's business zone, Beijing time.</summary>
    private const string Zone = "Asia/Shanghai";

    /// <summary>Creates the command.</summary>
    /// <param name="console">The output streams.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("events") { Description = "The JSON Lines event export of one negotiation plan: one event envelope per line." };
        var format = new Option<string>("--format", "-f") { Description = "markdown (default) or csv.", DefaultValueFactory = _ => "markdown" };
        format.AcceptOnlyFromAmong("markdown", "csv");
        var lang = new Option<string>("--lang") { Description = "The language of headers and labels: en (default) or zh-CN.", DefaultValueFactory = _ => "en" };
        lang.AcceptOnlyFromAmong("en", "zh-CN");
        var command = new Command("plan", $"Print the negotiation information flow table (NEG-12) of a plan's event export: each activity of the phases with owner, date ({Zone}) and status. Exit code 0 on success, 2 on unreadable input.")
        {
            file,
            format,
            lang,
        };
        command.SetAction(result => Run(result.GetValue(file)!, result.GetValue(format)!, result.GetValue(lang)!, console));
        return command;
    }

    private static int Run(string path, string format, string lang, CliConsole console)
    {
        if (EventLogFile.TryRead(path, out var lines) is { } unreadable)
        {
            console.Error.WriteLine(unreadable);
            return ExitCodes.BadInput;
        }

        var read = NegotiationPlanAggregate.Definition.Serializer.ReadLines(lines);
        if (read.IsT1)
        {
            var malformed = read.AsT1;
            console.Error.WriteLine($"{path}:{malformed.Position}: {malformed.RuleId.Value}: {malformed.GetMessage(CultureInfo.InvariantCulture)}");
            return ExitCodes.BadInput;
        }

        var envelopes = read.AsT0;
        var stream = envelopes[0].Stream;
        var lineOf = EventLogFile.EnvelopeLines(lines);
        var other = envelopes.FirstOrDefault(e => e.Stream != stream);
        if (other is not null)
        {
            var line = lineOf[envelopes.TakeWhile(e => e.Stream == stream).Count()];
            console.Error.WriteLine($"{path}:{line}: a second stream '{other.Stream.Value}' after '{stream.Value}'; the file must be the export of one plan");
            return ExitCodes.BadInput;
        }

        var decider = NegotiationPlanAggregate.Definition.Decider;
        var state = decider.Initial;
        for (var i = 0; i < envelopes.Count; i++)
        {
            if (decider.TryEvolve(state, envelopes[i].Event, stream, lineOf[i]).TryPickT1(out var unfit, out state))
            {
                console.Error.WriteLine($"{path}:{unfit.Position}: {unfit.RuleId.Value}: {unfit.GetMessage(CultureInfo.InvariantCulture)}");
                return ExitCodes.BadInput;
            }
        }

        var culture = CultureInfo.GetCultureInfo(lang == "zh-CN" ? "zh-CN" : "en");
        var table = state.ToFlowTable(DateTimeZoneProviders.Tzdb[Zone], culture);
        console.Out.Write(format == "csv" ? table.ToCsv() : table.ToMarkdown());
        return ExitCodes.Success;
    }
}
