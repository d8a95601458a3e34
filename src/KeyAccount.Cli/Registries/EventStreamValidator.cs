using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KeyAccount.Cli.Input;
using KeyAccount.Domain.Aggregates;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Serialization;

namespace KeyAccount.Cli.Registries;

/// <summary>Checks a JSON Lines export of one aggregate's event streams.</summary>
internal interface IEventStreamValidator
{
    /// <summary>Gets the aggregate's name, e.g. <c>sales-day</c>.</summary>
    string Name { get; }

    /// <summary>Gets whether the aggregate's event catalogue has an event type name.</summary>
    /// <param name="wireName">The type name.</param>
    /// <returns>Whether it is one of this aggregate's events.</returns>
    bool Knows(string wireName);

    /// <summary>Reads and replays the lines and reports the first violation.</summary>
    /// <param name="lines">The lines of the file.</param>
    /// <returns>What was checked and the first violation, if any.</returns>
    LogValidation Validate(IReadOnlyList<string> lines);
}

/// <summary>The result of validating an event log.</summary>
/// <param name="Events">The number of events read and replayed before the first violation (all of them if none).</param>
/// <param name="Streams">The number of streams seen.</param>
/// <param name="Violation">The first violation, or null when the log is valid.</param>
internal sealed record LogValidation(int Events, int Streams, LogViolation? Violation);

/// <summary>The first thing wrong in an event log.</summary>
/// <param name="Line">The 1-based line of the offending event.</param>
/// <param name="Rule">The rule it breaks: GEN-02 for an unreadable event or a version gap, the lifecycle's illegal-move
/// rule for a status change the table does not allow.</param>
/// <param name="Stream">The stream, when known.</param>
/// <param name="Message">What is wrong, in English.</param>
internal sealed record LogViolation(long Line, string Rule, string? Stream, string Message);

/// <summary>
/// Validates the event streams of one aggregate with the package's parts: the definition's
/// <see cref="EventSerializer{TEvent}"/> reads every line (GEN-02: a malformed event or a version gap names its line),
/// and the decider replays each stream with <see cref="Decider.TryEvolve{TCommand, TEvent, TState}"/>, whose lifecycle
/// table refuses every status change it does not allow (GEN-05) with the rule the decider would name.
/// </summary>
/// <typeparam name="TCommand">The command base type.</typeparam>
/// <typeparam name="TEvent">The event base type.</typeparam>
/// <typeparam name="TState">The state type.</typeparam>
/// <typeparam name="TStatus">The lifecycle state enumeration.</typeparam>
/// <param name="aggregate">The aggregate's definition.</param>
internal sealed class EventStreamValidator<TCommand, TEvent, TState, TStatus>(
    AggregateDefinition<TCommand, TEvent, TState, TStatus> aggregate) : IEventStreamValidator
    where TCommand : class
    where TEvent : class
    where TState : class
    where TStatus : struct, Enum
{
    /// <inheritdoc />
    public string Name => aggregate.Name;

    /// <inheritdoc />
    public bool Knows(string wireName) => aggregate.WireNames.Contains(wireName, StringComparer.Ordinal);

    /// <inheritdoc />
    public LogValidation Validate(IReadOnlyList<string> lines)
    {
        var read = aggregate.Serializer.ReadLines(lines);
        if (read.IsT1)
        {
            var malformed = read.AsT1;
            return new LogValidation(0, 0, new LogViolation(malformed.Position, malformed.RuleId.Value, malformed.Stream?.Value, malformed.GetMessage(CultureInfo.InvariantCulture)));
        }

        var lineOf = EventLogFile.EnvelopeLines(lines);
        var decider = aggregate.Decider;
        var envelopes = read.AsT0;
        var states = new Dictionary<StreamId, TState>();
        for (var i = 0; i < envelopes.Count; i++)
        {
            var envelope = envelopes[i];
            var state = states.TryGetValue(envelope.Stream, out var s) ? s : decider.Initial;
            if (decider.TryEvolve(state, envelope.Event, envelope.Stream, lineOf[i]).TryPickT1(out var unfit, out var next))
            {
                var wire = aggregate.WireNameOf(envelope.Event);
                var rule = unfit.IllegalMoveRule ?? unfit.RuleId;
                return new LogValidation(i, states.Count, new LogViolation(
                    unfit.Position, rule.Value, envelope.Stream.Value, $"{wire} (version {envelope.Version}): {unfit.Detail}"));
            }

            states[envelope.Stream] = next;
        }

        return new LogValidation(envelopes.Count, states.Count, null);
    }
}
