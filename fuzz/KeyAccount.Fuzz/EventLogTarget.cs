namespace KeyAccount.Fuzz;

/// <summary>
/// <c>event-log</c>: a JSON Lines event log given to <c>keyaccount validate</c>, which tells the aggregate from the
/// first event, reads every line, replays the events with the aggregate's decider and checks each status change
/// against the lifecycle table. The run must end in a documented exit code with its message (<see cref="ToolRun"/>).
/// </summary>
internal sealed class EventLogTarget : IFuzzTarget
{
    private readonly ScratchDirectory scratch = new();

    /// <inheritdoc />
    public string Name => "event-log";

    /// <inheritdoc />
    public string Description => "a JSON Lines event log, checked by 'keyaccount validate'";

    /// <inheritdoc />
    public void Run(byte[] input)
    {
        scratch.Clear();
        ToolRun.Start("validate", scratch.Write("events.jsonl", input));
    }
}
