using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace KeyAccount.Domain.Hosting;

/// <summary>
/// The package's telemetry names, OpenTelemetry style: the <see cref="ActivitySource"/> and <see cref="Meter"/> named
/// <c>KeyAccount.Domain</c>, and the instruments and tags of command handling. Tags carry type names, rule IDs and
/// outcomes only, never stream payloads or personal data.
/// </summary>
public static class KeyAccountTelemetry
{
    /// <summary>The name of the activity source and the meter.</summary>
    public const string Name = "KeyAccount.Domain";

    /// <summary>The counter of handled commands (tags: command, aggregate, outcome, rule).</summary>
    public const string Commands = "keyaccount.commands";

    /// <summary>The histogram of command handling time in seconds (tags: command, aggregate, outcome).</summary>
    public const string CommandDuration = "keyaccount.command.duration";

    /// <summary>The counter of commands that lost a race to a concurrent writer (tags: command, aggregate).</summary>
    public const string Conflicts = "keyaccount.conflicts";

    /// <summary>The tag naming the command type, e.g. <c>RecordPayment</c>.</summary>
    public const string CommandTag = "command";

    /// <summary>The tag naming the aggregate, e.g. <c>subscription</c>.</summary>
    public const string AggregateTag = "aggregate";

    /// <summary>The tag naming the outcome: <c>committed</c>, <c>already_processed</c>, <c>rejected</c> or <c>conflict</c>.</summary>
    public const string OutcomeTag = "outcome";

    /// <summary>The tag naming the rule of a rejection, e.g. <c>CAN-05</c>.</summary>
    public const string RuleTag = "rule";

    /// <summary>The tag of a rejection's machine code, e.g. <c>refund.not_yet_due</c>; on activities only.</summary>
    public const string CodeTag = "code";

    /// <summary>The tag of the stream ID (an identifier, never a name); on activities only.</summary>
    public const string StreamTag = "stream";

    internal static readonly ActivitySource Source = new(Name);

    internal static readonly Meter Meter = new(Name);

    internal static readonly Counter<long> CommandCounter = Meter.CreateCounter<long>(Commands, "{command}", "Commands handled, by outcome and the rule of a rejection.");

    internal static readonly Histogram<double> DurationHistogram = Meter.CreateHistogram<double>(CommandDuration, "s", "Time to handle a command.");

    internal static readonly Counter<long> ConflictCounter = Meter.CreateCounter<long>(Conflicts, "{conflict}", "Commands that lost a race to a concurrent writer.");
}
