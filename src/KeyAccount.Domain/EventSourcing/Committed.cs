using System.Collections.Generic;

namespace KeyAccount.Domain.EventSourcing;

/// <summary>A command whose events are in the stream.</summary>
/// <typeparam name="TEvent">The event type.</typeparam>
/// <typeparam name="TState">The state type.</typeparam>
/// <param name="Events">The command's envelopes (empty when the command changed nothing).</param>
/// <param name="Version">The stream's version after them.</param>
/// <param name="State">The aggregate's state after them.</param>
/// <param name="AlreadyProcessed">True when the command ID was found in the stream and nothing was appended (GEN-03).</param>
public sealed record Committed<TEvent, TState>(IReadOnlyList<EventEnvelope<TEvent>> Events, long Version, TState State, bool AlreadyProcessed);
