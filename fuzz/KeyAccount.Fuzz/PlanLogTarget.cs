namespace KeyAccount.Fuzz;

/// <summary>
/// <c>plan-log</c>: a negotiation plan's JSON Lines event export given to <c>keyaccount plan</c>, which reads it,
/// replays it and prints the plan's information flow table (NEG-12) as Markdown or CSV, in English or Chinese (both
/// picked by the input's length). The run must end in a documented exit code with its message (<see cref="ToolRun"/>).
/// </summary>
internal sealed class PlanLogTarget : IFuzzTarget
{
    private readonly ScratchDirectory scratch = new();

    /// <inheritdoc />
    public string Name => "plan-log";

    /// <inheritdoc />
    public string Description => "a negotiation plan's event export, printed by 'keyaccount plan'";

    /// <inheritdoc />
    public void Run(byte[] input)
    {
        scratch.Clear();
        var path = scratch.Write("plan.jsonl", input);
        ToolRun.Start("plan", path, "--format", input.Length % 2 == 0 ? "markdown" : "csv", "--lang", input.Length / 2 % 2 == 0 ? "en" : "zh-CN");
    }
}
