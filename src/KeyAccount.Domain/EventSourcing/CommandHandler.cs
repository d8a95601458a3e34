using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Quality;

namespace KeyAccount.Domain.EventSourcing;

/// <summary>
/// Runs a command against an event-sourced aggregate: load the stream, replay, decide, append with the expected
/// version. Idempotent on the command ID (GEN-03); a concurrent append is reported as a
/// <see cref="ConcurrencyConflict"/>, never lost or merged.
/// </summary>
/// <typeparam name="TCommand">The command type.</typeparam>
/// <typeparam name="TEvent">The event type.</typeparam>
/// <typeparam name="TState">The state type.</typeparam>
public sealed class CommandHandler<TCommand, TEvent, TState>
{
    private readonly IDecider<TCommand, TEvent, TState> decider;
    private readonly IEventStore<TEvent> store;

    /// <summary>Creates a handler.</summary>
    /// <param name="decider">The aggregate's decider.</param>
    /// <param name="store">The event store.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public CommandHandler(IDecider<TCommand, TEvent, TState> decider, IEventStore<TEvent> store)
    {
        this.decider = Preconditions.CheckNotNull(decider);
        this.store = Preconditions.CheckNotNull(store);
    }

    /// <summary>Loads a stream and replays it to the current state.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The state and the stream's version.</returns>
    public async ValueTask<(TState State, long Version)> LoadAsync(StreamId stream, CancellationToken cancellationToken = default)
    {
        var history = await store.ReadAsync(stream, cancellationToken).ConfigureAwait(false);
        return (decider.Replay(history.Select(e => e.Event)), history.Count);
    }

    /// <summary>Handles one command.</summary>
    /// <param name="stream">The aggregate's stream.</param>
    /// <param name="commandId">The command's ID; a retry must reuse it.</param>
    /// <param name="actor">Who issues the command.</param>
    /// <param name="command">The command.</param>
    /// <param name="context">The time, calendar and policies.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>Committed, rejected (with the rule) or in conflict.</returns>
    public async ValueTask<CommandOutcome<TEvent, TState>> HandleAsync(
        StreamId stream, CommandId commandId, ActorId actor, TCommand command, DecisionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var history = await store.ReadAsync(stream, cancellationToken).ConfigureAwait(false);
        var state = decider.Replay(history.Select(e => e.Event));
        var version = (long)history.Count;

        var earlier = history.Where(e => e.CommandId == commandId).ToList();
        if (earlier.Count > 0)
        {
            return CommandOutcome<TEvent, TState>.Commit(new Committed<TEvent, TState>(earlier, version, state, AlreadyProcessed: true));
        }

        var decision = decider.Decide(command, state, context);
        if (decision.IsRejected)
        {
            return CommandOutcome<TEvent, TState>.Reject(decision.Error);
        }

        var envelopes = new List<EventEnvelope<TEvent>>(decision.Events.Count);
        foreach (var e in decision.Events)
        {
            state = decider.Evolve(state, e);
            envelopes.Add(new EventEnvelope<TEvent>(stream, version + envelopes.Count + 1, commandId, actor, context.Now, e));
        }

        if (envelopes.Count == 0)
        {
            return CommandOutcome<TEvent, TState>.Commit(new Committed<TEvent, TState>(envelopes, version, state, AlreadyProcessed: false));
        }

        var appended = await store.AppendAsync(stream, version, envelopes, cancellationToken).ConfigureAwait(false);
        return appended.Match(
            newVersion => CommandOutcome<TEvent, TState>.Commit(new Committed<TEvent, TState>(envelopes, newVersion, state, AlreadyProcessed: false)),
            CommandOutcome<TEvent, TState>.Conflict);
    }
}
