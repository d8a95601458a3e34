using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using KeyAccount.Domain.Decisions;

namespace KeyAccount.Domain.StateMachines;

/// <summary>
/// A lifecycle declared once as data (GEN-05): a table of <c>(from, trigger) → to</c> rows with the rules that
/// guard them. Deciders check every status change against it; <see cref="LifecycleDiagram"/> exports it as Mermaid
/// or Graphviz DOT; <see cref="LifecycleAnalysis"/> checks reachability and terminal states.
/// </summary>
/// <typeparam name="TState">The state enumeration.</typeparam>
/// <typeparam name="TTrigger">The trigger enumeration.</typeparam>
/// <remarks>Immutable and thread-safe. Every aggregate's table is reached through its definition
/// (<see cref="Aggregates.AggregateDefinition{TCommand, TEvent, TState, TStatus, TTrigger}.Lifecycle"/>).</remarks>
internal sealed class Lifecycle<TState, TTrigger> : ILifecycle
    where TState : struct, Enum
    where TTrigger : struct, Enum
{
    private readonly ImmutableDictionary<(TState, TTrigger), Transition<TState, TTrigger>> table;
    private readonly ImmutableDictionary<TTrigger, RuleId> refusals;

    internal Lifecycle(string name, TState initial, RuleId illegalMoveRule, IReadOnlyList<Transition<TState, TTrigger>> transitions, IReadOnlyDictionary<TTrigger, RuleId> refusals)
    {
        Name = name;
        Initial = initial;
        IllegalMoveRule = illegalMoveRule;
        Transitions = transitions;
        table = transitions.ToImmutableDictionary(t => (t.From, t.Trigger));
        this.refusals = refusals.ToImmutableDictionary();
    }

    /// <summary>Gets the lifecycle's name, e.g. <c>account-pipeline</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the state a new instance starts in.</summary>
    public TState Initial { get; }

    /// <summary>Gets the rule reported when a trigger is not allowed from a state and the table names no rule of its
    /// own for that trigger (e.g. ACC-02 for skipping a stage); see <see cref="RuleFor"/>.</summary>
    public RuleId IllegalMoveRule { get; }

    /// <summary>Gets the rows in declaration order.</summary>
    internal IReadOnlyList<Transition<TState, TTrigger>> Transitions { get; }

    /// <summary>Gets every state of the enumeration.</summary>
    public IReadOnlyList<TState> States { get; } = Enum.GetValues<TState>();

    /// <summary>Gets the row for a trigger from a state, if the table has one.</summary>
    /// <param name="from">The current state.</param>
    /// <param name="trigger">The trigger.</param>
    /// <returns>The row, or null when the move is not allowed.</returns>
    internal Transition<TState, TTrigger>? Find(TState from, TTrigger trigger) =>
        table.TryGetValue((from, trigger), out var row) ? row : null;

    /// <summary>Gets whether the table allows a trigger from a state.</summary>
    /// <param name="from">The current state.</param>
    /// <param name="trigger">The trigger.</param>
    /// <returns>Whether a row exists.</returns>
    public bool Allows(TState from, TTrigger trigger) => table.ContainsKey((from, trigger));

    /// <summary>
    /// Returns the one rule an illegal move of a trigger names, wherever it is found: in the decider's rejection of a
    /// command and in the report of a replayed history (<c>TryReplay</c>, <c>keyaccount validate</c>). It is the rule
    /// the table declares for the trigger, otherwise
    /// <see cref="IllegalMoveRule"/>.
    /// </summary>
    /// <param name="trigger">The trigger.</param>
    /// <returns>The rule.</returns>
    public RuleId RuleFor(TTrigger trigger) => refusals.TryGetValue(trigger, out var rule) ? rule : IllegalMoveRule;

    /// <summary>Returns the state a trigger leads to, or the rejection naming <see cref="RuleFor"/> the trigger.</summary>
    /// <param name="from">The current state.</param>
    /// <param name="trigger">The trigger.</param>
    /// <returns>The target state, or <see cref="TransitionNotAllowed"/>.</returns>
    public OneOf.OneOf<TState, DomainError> Fire(TState from, TTrigger trigger) =>
        table.TryGetValue((from, trigger), out var row)
            ? row.To
            : new TransitionNotAllowed(RuleFor(trigger), Name, from, trigger);

    /// <summary>Returns the rejection for a trigger not allowed from a state (naming <see cref="RuleFor"/> the
    /// trigger), or null when it is allowed.</summary>
    /// <param name="from">The current state.</param>
    /// <param name="trigger">The trigger.</param>
    /// <returns>The rejection, or null.</returns>
    public DomainError? Check(TState from, TTrigger trigger) =>
        table.ContainsKey((from, trigger)) ? null : new TransitionNotAllowed(RuleFor(trigger), Name, from, trigger);

    /// <summary>Gets the triggers allowed from a state, in declaration order.</summary>
    /// <param name="from">The state.</param>
    /// <returns>The triggers.</returns>
    public IReadOnlyList<TTrigger> TriggersFrom(TState from) =>
        Transitions.Where(t => EqualityComparer<TState>.Default.Equals(t.From, from)).Select(t => t.Trigger).ToList();

    /// <inheritdoc />
    public string ToMermaid() => LifecycleDiagram.ToMermaid(this);

    /// <inheritdoc />
    public string ToDot() => LifecycleDiagram.ToDot(this);
}
