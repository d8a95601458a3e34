using System;
using System.Collections.Generic;
using KeyAccount.Domain.Decisions;

namespace KeyAccount.Domain.StateMachines;

/// <summary>Declares the rows of a lifecycle; a second row for the same state and trigger fails at once.</summary>
/// <typeparam name="TState">The state enumeration.</typeparam>
/// <typeparam name="TTrigger">The trigger enumeration.</typeparam>
internal sealed class LifecycleBuilder<TState, TTrigger>
    where TState : struct, Enum
    where TTrigger : struct, Enum
{
    private readonly string name;
    private readonly TState initial;
    private readonly RuleId illegalMoveRule;
    private readonly List<Transition<TState, TTrigger>> rows = [];
    private readonly HashSet<(TState, TTrigger)> keys = [];
    private readonly Dictionary<TTrigger, RuleId> refusals = [];

    internal LifecycleBuilder(string name, TState initial, RuleId illegalMoveRule)
    {
        Preconditions.CheckArgument(Enum.IsDefined(initial), nameof(initial), "Unknown initial state.");
        this.name = name;
        this.initial = initial;
        this.illegalMoveRule = illegalMoveRule;
    }

    /// <summary>Adds a row.</summary>
    /// <param name="from">The state the row leaves.</param>
    /// <param name="trigger">The trigger.</param>
    /// <param name="to">The state it enters.</param>
    /// <param name="guards">The rules that guard the move.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The table already has a row for <paramref name="from"/> and <paramref name="trigger"/>, or a value is not defined in its enumeration.</exception>
    public LifecycleBuilder<TState, TTrigger> Permit(TState from, TTrigger trigger, TState to, params RuleId[] guards)
    {
        Preconditions.CheckArgument(Enum.IsDefined(from) && Enum.IsDefined(to), nameof(from), "Unknown state.");
        Preconditions.CheckArgument(Enum.IsDefined(trigger), nameof(trigger), "Unknown trigger.");
        Preconditions.CheckArgument(keys.Add((from, trigger)), nameof(trigger), $"Lifecycle '{name}' already has a row for {from} --{trigger}-->.");
        rows.Add(new Transition<TState, TTrigger>(from, trigger, to, Array.AsReadOnly((RuleId[])guards.Clone())));
        return this;
    }

    /// <summary>Adds the same trigger from several states to one target.</summary>
    /// <param name="froms">The states.</param>
    /// <param name="trigger">The trigger.</param>
    /// <param name="to">The target.</param>
    /// <param name="guards">The rules that guard the move.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">A row would be duplicated.</exception>
    public LifecycleBuilder<TState, TTrigger> PermitFromEach(IEnumerable<TState> froms, TTrigger trigger, TState to, params RuleId[] guards)
    {
        ArgumentNullException.ThrowIfNull(froms);
        foreach (var from in froms)
        {
            Permit(from, trigger, to, guards);
        }

        return this;
    }

    /// <summary>Adds the same trigger from several states as a self-loop in each: it records something and the state stays.</summary>
    /// <param name="states">The states.</param>
    /// <param name="trigger">The trigger.</param>
    /// <param name="guards">The rules that guard the move.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">A row would be duplicated.</exception>
    public LifecycleBuilder<TState, TTrigger> StayInEach(IEnumerable<TState> states, TTrigger trigger, params RuleId[] guards)
    {
        ArgumentNullException.ThrowIfNull(states);
        foreach (var state in states)
        {
            Permit(state, trigger, state, guards);
        }

        return this;
    }

    /// <summary>Names the rule an illegal move of one trigger breaks, instead of the lifecycle's illegal-move rule
    /// (e.g. CAN-05 for a refund asked for before the subscription was cancelled or returned).</summary>
    /// <param name="trigger">The trigger.</param>
    /// <param name="rule">The rule its illegal moves name.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The trigger is not defined or already has a rule.</exception>
    public LifecycleBuilder<TState, TTrigger> RefuseWith(TTrigger trigger, RuleId rule)
    {
        Preconditions.CheckArgument(Enum.IsDefined(trigger), nameof(trigger), "Unknown trigger.");
        Preconditions.CheckArgument(refusals.TryAdd(trigger, rule), nameof(trigger), $"Lifecycle '{name}' already names the rule of {trigger}.");
        return this;
    }

    /// <summary>Finishes the declaration.</summary>
    /// <returns>The immutable lifecycle.</returns>
    public Lifecycle<TState, TTrigger> Build() => new(name, initial, illegalMoveRule, rows.ToArray(), refusals);
}
