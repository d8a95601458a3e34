using System;

namespace KeyAccount.Fuzz;

/// <summary>
/// A JSON Lines event log given to one command of the tool, which must end in a documented exit code with its message
/// (<see cref="ToolRun"/>):
/// <list type="bullet">
/// <item><c>event-log</c> — <c>keyaccount validate</c>, which tells the aggregate from the first event, reads every
/// line, replays the events with the aggregate's decider and checks each status change against the lifecycle table;</item>
/// <item><c>plan-log</c> — <c>keyaccount plan</c>, which reads a negotiation plan's export, replays it and prints the
/// information flow table (NEG-12) as Markdown or CSV, in English or Chinese (both picked by the input's length).</item>
/// </list>
/// </summary>
/// <param name="name">The target's name.</param>
/// <param name="description">What the target runs, for the usage text.</param>
/// <param name="arguments">The command line for the log's path and the input.</param>
internal sealed class LogCommandTarget(string name, string description, Func<string, byte[], string[]> arguments) : IFuzzTarget
{
    private readonly ScratchDirectory scratch = new();

    /// <summary>Gets the <c>event-log</c> target.</summary>
    public static LogCommandTarget Validate { get; } = new(
        "event-log", "a JSON Lines event log, checked by 'keyaccount validate'", (path, _) => ["validate", path]);

    /// <summary>Gets the <c>plan-log</c> target.</summary>
    public static LogCommandTarget Plan { get; } = new(
        "plan-log",
        "a negotiation plan's event export, printed by 'keyaccount plan'",
        (path, input) => ["plan", path, "--format", input.Length % 2 == 0 ? "markdown" : "csv", "--lang", input.Length / 2 % 2 == 0 ? "en" : "zh-CN"]);

    /// <inheritdoc />
    public string Name => name;

    /// <inheritdoc />
    public string Description => description;

    /// <inheritdoc />
    public void Run(byte[] input)
    {
        scratch.Clear();
        ToolRun.Start(arguments(scratch.Write("events.jsonl", input), input));
    }
}
