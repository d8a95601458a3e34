using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using KeyAccount.Domain.Decisions;

namespace KeyAccount.Domain.Testing.Scenarios;

/// <summary>
/// A scenario's history and context, before the command under test. Immutable: every method returns a new scenario,
/// so a common history can be shared between tests.
/// </summary>
/// <typeparam name="TCommand">The command type.</typeparam>
/// <typeparam name="TEvent">The event type.</typeparam>
/// <typeparam name="TState">The state type.</typeparam>
public sealed class Scenario<TCommand, TEvent, TState>
{
    private readonly IDecider<TCommand, TEvent, TState> decider;
    private readonly DecisionContext context;
    private readonly ImmutableList<TEvent> history;

    internal Scenario(IDecider<TCommand, TEvent, TState> decider, DecisionContext context, ImmutableList<TEvent> history)
    {
        this.decider = decider;
        this.context = context;
        this.history = history;
    }

    /// <summary>Gets the events of the history so far.</summary>
    public IReadOnlyList<TEvent> History => history;

    /// <summary>Gets the state the history replays to.</summary>
    public TState State => decider.Replay(history);

    /// <summary>Uses another decision context (time, calendar, policies) for the commands that follow.</summary>
    /// <param name="decisionContext">The context.</param>
    /// <returns>The scenario.</returns>
    public Scenario<TCommand, TEvent, TState> In(DecisionContext decisionContext) =>
        new(decider, decisionContext ?? throw new ArgumentNullException(nameof(decisionContext)), history);

    /// <summary>Adds past events to the history.</summary>
    /// <param name="events">The events, oldest first.</param>
    /// <returns>The scenario.</returns>
    public Scenario<TCommand, TEvent, TState> Given(params TEvent[] events)
    {
        ArgumentNullException.ThrowIfNull(events);
        return new(decider, context, history.AddRange(events));
    }

    /// <summary>
    /// Builds the history from commands, each decided in the scenario's context; a rejected command fails the scenario at
    /// once, since the history itself would be impossible.
    /// </summary>
    /// <param name="commands">The commands, in order.</param>
    /// <returns>The scenario.</returns>
    /// <exception cref="ScenarioFailedException">A command of the history is rejected.</exception>
    public Scenario<TCommand, TEvent, TState> GivenCommands(params TCommand[] commands)
    {
        ArgumentNullException.ThrowIfNull(commands);
        var events = history;
        var state = decider.Replay(events);
        for (var i = 0; i < commands.Length; i++)
        {
            var decision = decider.Decide(commands[i], state, context);
            if (decision.IsRejected)
            {
                throw new ScenarioFailedException(
                    $"Scenario failed: command {i + 1} of the history was rejected, so the history cannot happen.{Environment.NewLine}"
                    + ScenarioText.Section("Given", events.Cast<object?>())
                    + ScenarioText.Section("Rejected command", [commands[i]])
                    + ScenarioText.Line("On", ValueText.Day(context))
                    + ScenarioText.Line("Rejection", decision.Error.ToString()));
            }

            foreach (var e in decision.Events)
            {
                state = decider.Evolve(state, e);
                events = events.Add(e);
            }
        }

        return new(decider, context, events);
    }

    /// <summary>Decides the command under test against the history.</summary>
    /// <param name="command">The command.</param>
    /// <returns>The outcome, to state expectations on.</returns>
    public ScenarioOutcome<TCommand, TEvent, TState> When(TCommand command)
    {
        var before = decider.Replay(history);
        var decision = decider.Decide(command, before, context);
        var after = before;
        if (decision.IsAccepted)
        {
            foreach (var e in decision.Events)
            {
                after = decider.Evolve(after, e);
            }
        }

        return new ScenarioOutcome<TCommand, TEvent, TState>(history, command, context, decision, after);
    }
}
