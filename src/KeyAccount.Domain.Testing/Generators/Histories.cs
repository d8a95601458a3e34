using System;
using System.Collections.Generic;
using FsCheck;
using FsCheck.Fluent;
using KeyAccount.Domain.Decisions;

namespace KeyAccount.Domain.Testing.Generators;

/// <summary>
/// Generates valid histories of any decider: random commands are decided one after the other against the state so
/// far, and only the accepted ones (with the context each was decided in and their events) make up the history. Any
/// state the history reaches is therefore one the aggregate can really be in.
/// </summary>
public static class Histories
{
    /// <summary>Returns a generator of valid histories.</summary>
    /// <typeparam name="TCommand">The command type.</typeparam>
    /// <typeparam name="TEvent">The event type.</typeparam>
    /// <typeparam name="TState">The state type.</typeparam>
    /// <param name="decider">The decider.</param>
    /// <param name="commands">
    /// Candidate commands given the state so far (so that a generator can target what exists, e.g. a contact already
    /// added); rejected candidates are dropped.
    /// </param>
    /// <param name="context">The decision context for every command.</param>
    /// <param name="maxAttempts">How many candidates to try at most (the generator's size also bounds it).</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Gen<History<TCommand, TEvent, TState>> Of<TCommand, TEvent, TState>(
        IDecider<TCommand, TEvent, TState> decider, Func<TState, Gen<TCommand>> commands, DecisionContext context, int maxAttempts = 60)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Of(decider, commands, (_, _) => context, maxAttempts);
    }

    /// <summary>Returns a generator of valid histories whose commands are decided each in its own context: the context
    /// that carries the states of other aggregates the command relies on (GEN-11), as a host supplies them.</summary>
    /// <typeparam name="TCommand">The command type.</typeparam>
    /// <typeparam name="TEvent">The event type.</typeparam>
    /// <typeparam name="TState">The state type.</typeparam>
    /// <param name="decider">The decider.</param>
    /// <param name="commands">Candidate commands given the state so far; rejected candidates are dropped.</param>
    /// <param name="contextFor">The context to decide a command in, given the state so far.</param>
    /// <param name="maxAttempts">How many candidates to try at most (the generator's size also bounds it).</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Gen<History<TCommand, TEvent, TState>> Of<TCommand, TEvent, TState>(
        IDecider<TCommand, TEvent, TState> decider, Func<TState, Gen<TCommand>> commands, Func<TState, TCommand, DecisionContext> contextFor, int maxAttempts = 60)
    {
        ArgumentNullException.ThrowIfNull(decider);
        ArgumentNullException.ThrowIfNull(commands);
        ArgumentNullException.ThrowIfNull(contextFor);
        return Gen.Sized(size => Gen.Choose(0, Math.Min(size, maxAttempts)).SelectMany(attempts =>
            Step(decider, commands, contextFor, attempts, new History<TCommand, TEvent, TState>([], [], [], decider.Initial))));
    }

    private static Gen<History<TCommand, TEvent, TState>> Step<TCommand, TEvent, TState>(
        IDecider<TCommand, TEvent, TState> decider, Func<TState, Gen<TCommand>> commands, Func<TState, TCommand, DecisionContext> contextFor, int remaining,
        History<TCommand, TEvent, TState> history)
    {
        if (remaining == 0)
        {
            return Gen.Constant(history);
        }

        return commands(history.State).SelectMany(command =>
        {
            var context = contextFor(history.State, command);
            var decision = decider.Decide(command, history.State, context);
            if (decision.IsRejected)
            {
                return Step(decider, commands, contextFor, remaining - 1, history);
            }

            var state = history.State;
            var events = new List<TEvent>(history.Events);
            foreach (var e in decision.Events)
            {
                state = decider.Evolve(state, e);
                events.Add(e);
            }

            var accepted = new List<TCommand>(history.Commands) { command };
            var contexts = new List<DecisionContext>(history.Contexts) { context };
            return Step(decider, commands, contextFor, remaining - 1, new History<TCommand, TEvent, TState>(accepted, contexts, events, state));
        });
    }
}
