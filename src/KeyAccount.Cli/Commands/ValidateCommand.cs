using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using System.Text.Json;
using KeyAccount.Cli.Input;
using KeyAccount.Cli.Registries;

namespace KeyAccount.Cli.Commands;

/// <summary><c>validate &lt;events.jsonl&gt; [--aggregate NAME]</c>: reads an event log with the family's serializer,
/// replays it with the decider and checks every status change against the lifecycle table.</summary>
internal static class ValidateCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="console">The output streams.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliConsole console)
    {
        var known = string.Join(", ", EventStreamRegistry.All.Select(v => v.Name));
        var file = new Argument<string>("events") { Description = "A JSON Lines event log: one event envelope per line." };
        var aggregate = new Option<string?>("--aggregate", "-a") { Description = $"The aggregate of the log ({known}); by default told from the first event's type." };
        var command = new Command("validate", "Validate an event log: every line a readable event (GEN-02), versions contiguous per stream, every status change allowed by the lifecycle table. Exit code 0 when valid, 1 on a violation, 2 on unreadable input.")
        {
            file,
            aggregate,
        };
        command.SetAction(result => Run(result.GetValue(file)!, result.GetValue(aggregate), console));
        return command;
    }

    private static int Run(string path, string? aggregate, CliConsole console)
    {
        if (EventLogFile.TryRead(path, out var lines) is { } unreadable)
        {
            console.Error.WriteLine(unreadable);
            return ExitCodes.BadInput;
        }

        if (NotJson(path, lines) is { } notJson)
        {
            console.Error.WriteLine(notJson);
            return ExitCodes.BadInput;
        }

        var validator = aggregate is not null ? EventStreamRegistry.Find(aggregate) : Infer(lines);
        if (validator is null)
        {
            var known = string.Join(", ", EventStreamRegistry.All.Select(v => v.Name));
            console.Error.WriteLine(aggregate is not null
                ? $"unknown aggregate '{aggregate}'; known: {known}"
                : $"{path}: cannot tell the aggregate from the first event's type; use --aggregate ({known})");
            return ExitCodes.BadInput;
        }

        var outcome = validator.Validate(lines);
        if (outcome.Violation is { } v)
        {
            console.Out.WriteLine($"{path}:{v.Line}: {v.Rule}: {v.Message}{(v.Stream is null ? string.Empty : $" [stream {v.Stream}]")}");
            return ExitCodes.Findings;
        }

        console.Out.WriteLine($"{path}: valid {validator.Name} log: {outcome.Events} events in {outcome.Streams} streams");
        return ExitCodes.Success;
    }

    // A first line that is not JSON at all (a CSV file, a text export) is the one thing to say about the file.
    private static string? NotJson(string path, IReadOnlyList<string> lines)
    {
        var index = lines.ToList().FindIndex(l => !string.IsNullOrWhiteSpace(l));
        return lines[index].TrimStart().StartsWith('{') ? null : $"{path}:{index + 1}: not a JSON event: the line does not start with '{{'";
    }

    private static IEventStreamValidator? Infer(IReadOnlyList<string> lines)
    {
        try
        {
            using var first = JsonDocument.Parse(lines.First(l => !string.IsNullOrWhiteSpace(l)));
            return first.RootElement.ValueKind == JsonValueKind.Object
                && first.RootElement.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String
                ? EventStreamRegistry.ForEventType(type.GetString()!)
                : null;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // Not JSON, or a type name that is not text (an unpaired surrogate escape): no aggregate can be told.
            return null;
        }
    }
}
