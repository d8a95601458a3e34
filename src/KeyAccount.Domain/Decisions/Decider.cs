using System;
using System.Collections.Generic;

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
