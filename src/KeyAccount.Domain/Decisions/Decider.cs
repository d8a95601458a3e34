using System;
using System.Collections.Generic;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Serialization;
using OneOf;

namespace KeyAccount.Domain.Decisions;

/// <summary>Operations every decider gets: replaying a history and asking what comes next.</summary>
public static class Decider
{
    /// <summary>Replays events from the initial state (GEN-02).</summary>
    /// <typeparam name="TCommand">The command type.</typeparam>
    /// <typeparam name="TEvent">The event type.</typeparam>
    /// <typeparam name="TState">The state type.</typeparam>
    /// <param name="decider">The decider.</param>
    /// <param name="events">The history, oldest first.</param>
    /// <returns>The state after the last event.</returns>
    public static TState Replay<TCommand, TEvent, TState>(this IDecider<TCommand, TEvent, TState> decider, IEnumerable<TEvent> events)
    {
        ArgumentNullException.ThrowIfNull(decider);
        ArgumentNullException.ThrowIfNull(events);
        var state = decider.Initial;
        foreach (var e in events)
        {
            state = decider.Evolve(state, e);
        }

        return state;
    }

    /// <summary>
    /// Replays a history that may not come from this decider — an import, a file, a store repaired by hand — and
    /// answers with a typed error instead of an exception at the first event that cannot follow the state before it
    /// (GEN-02: a malformed event is a clear error, never skipped).
    /// </summary>
    /// <typeparam name="TCommand">The command type.</typeparam>
    /// <typeparam name="TEvent">The event type.</typeparam>
    /// <typeparam name="TState">The state type.</typeparam>
    /// <param name="decider">The decider.</param>
    /// <param name="events">The history, oldest first.</param>
    /// <returns>The state after the last event, or the first event that does not follow, by its 1-based position.</returns>
    public static OneOf<TState, MalformedEvent> TryReplay<TCommand, TEvent, TState>(this IDecider<TCommand, TEvent, TState> decider, IEnumerable<TEvent> events)
    {
        ArgumentNullException.ThrowIfNull(decider);
        ArgumentNullException.ThrowIfNull(events);
        var state = decider.Initial;
        long position = 0;
        foreach (var e in events)
        {
            var next = decider.TryEvolve(state, e, null, ++position);
            if (next.TryPickT1(out var error, out state))
            {
                return error;
            }
        }

        return state;
    }

    /// <summary>
    /// Applies one event that may not fit the state (see <see cref="TryReplay{TCommand, TEvent, TState}"/>): the state
    /// after it, or a <see cref="MalformedEvent"/> of kind <see cref="MalformedEventKind.DoesNotFollow"/> naming the
    /// stream and position given and why.
    /// </summary>
    /// <typeparam name="TCommand">The command type.</typeparam>
    /// <typeparam name="TEvent">The event type.</typeparam>
    /// <typeparam name="TState">The state type.</typeparam>
    /// <param name="decider">The decider.</param>
    /// <param name="state">The state before the event.</param>
    /// <param name="event">The event.</param>
    /// <param name="stream">The stream, for the error; null when unknown.</param>
    /// <param name="position">The position, for the error (e.g. the line of a JSON Lines file); 0 when unknown.</param>
    /// <returns>The state after the event, or why the event cannot follow the state.</returns>
    public static OneOf<TState, MalformedEvent> TryEvolve<TCommand, TEvent, TState>(
        this IDecider<TCommand, TEvent, TState> decider, TState state, TEvent @event, StreamId? stream = null, long position = 0)
    {
        ArgumentNullException.ThrowIfNull(decider);
        ArgumentNullException.ThrowIfNull(@event);
        try
        {
            return decider.Evolve(state, @event);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or ArithmeticException)
        {
            // An ArgumentException's message ends with " (Parameter 'name')", which says nothing to an operator.
            var reason = e is ArgumentException { ParamName: { } name } ? e.Message.Replace($" (Parameter '{name}')", string.Empty, StringComparison.Ordinal) : e.Message;
            return new MalformedEvent(MalformedEventKind.DoesNotFollow, stream, position, reason, (e as EventDoesNotFollowException)?.Rule);
        }
    }

    /// <summary>Decides a command and, when accepted, applies its events.</summary>
    /// <typeparam name="TCommand">The command type.</typeparam>
    /// <typeparam name="TEvent">The event type.</typeparam>
    /// <typeparam name="TState">The state type.</typeparam>
    /// <param name="decider">The decider.</param>
    /// <param name="command">The command.</param>
    /// <param name="state">The state.</param>
    /// <param name="context">The context.</param>
    /// <returns>The decision and the state after it (unchanged when rejected).</returns>
    public static (Decision<TEvent> Decision, TState State) Apply<TCommand, TEvent, TState>(
        this IDecider<TCommand, TEvent, TState> decider, TCommand command, TState state, DecisionContext context)
    {
        ArgumentNullException.ThrowIfNull(decider);
        var decision = decider.Decide(command, state, context);
        if (decision.IsAccepted)
        {
            foreach (var e in decision.Events)
            {
                state = decider.Evolve(state, e);
            }
        }

        return (decision, state);
    }

    /// <summary>Asks which of the candidate commands would be accepted and why the others would not (GEN-06). Pure.</summary>
    /// <typeparam name="TCommand">The command type.</typeparam>
    /// <typeparam name="TEvent">The event type.</typeparam>
    /// <typeparam name="TState">The state type.</typeparam>
    /// <param name="decider">The decider.</param>
    /// <param name="state">The state.</param>
    /// <param name="context">The context.</param>
    /// <param name="candidates">The commands to ask about.</param>
    /// <returns>The accepted and blocked candidates.</returns>
    public static NextSteps<TCommand> WhatNext<TCommand, TEvent, TState>(
        this IDecider<TCommand, TEvent, TState> decider, TState state, DecisionContext context, IEnumerable<TCommand> candidates)
    {
        ArgumentNullException.ThrowIfNull(decider);
        ArgumentNullException.ThrowIfNull(candidates);
        var accepted = new List<TCommand>();
        var blocked = new List<BlockedCommand<TCommand>>();
        foreach (var command in candidates)
        {
            var decision = decider.Decide(command, state, context);
            if (decision.IsAccepted)
            {
                accepted.Add(command);
            }
            else
            {
                blocked.Add(new BlockedCommand<TCommand>(command, decision.Error));
            }
        }

        return new NextSteps<TCommand>(accepted, blocked);
    }
}
