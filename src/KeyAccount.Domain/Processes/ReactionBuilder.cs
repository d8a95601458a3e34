using System;
using KeyAccount.Domain.Aggregates;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Identifiers;

namespace KeyAccount.Domain.Processes;

/// <summary>Declares the commands one type of source event leads to; one event may lead to commands on several streams.</summary>
internal sealed class ReactionBuilder<TCommand, TEvent, TState, TOn>
    where TCommand : class
    where TEvent : class
    where TState : class
    where TOn : class, TEvent
{
    private readonly string? condition;
    private readonly Func<TOn, TState, bool> when;
    private readonly Action<ProcessRow<TCommand, TEvent, TState>> add;

    internal ReactionBuilder(string? condition, Func<TOn, TState, bool> when, Action<ProcessRow<TCommand, TEvent, TState>> add)
    {
        this.condition = condition;
        this.when = when;
        this.add = add;
    }

    /// <summary>Sends a command to another aggregate's stream; a refusal is reported, nothing is sent back.</summary>
    public ReactionBuilder<TCommand, TEvent, TState, TOn> Send<TSend>(IAggregateDefinition target, Func<TOn, TState, StreamId> stream, Func<TOn, TState, TSend> command, params RuleId[] rules)
        where TSend : class =>
        Add<TSend>(target, stream, command, null, null, rules);

    /// <summary>Sends a command to another aggregate's stream and, when the target refuses it, a compensation to the
    /// source's stream carrying the target's rejection.</summary>
    public ReactionBuilder<TCommand, TEvent, TState, TOn> Send<TSend, TCompensation>(
        IAggregateDefinition target, Func<TOn, TState, StreamId> stream, Func<TOn, TState, TSend> command, Func<DomainError, TOn, TState, TCompensation> compensate, params RuleId[] rules)
        where TSend : class
        where TCompensation : class, TCommand
    {
        ArgumentNullException.ThrowIfNull(compensate);
        return Add<TSend>(target, stream, command, typeof(TCompensation).Name, (refusal, e, s) => compensate(refusal, (TOn)e, s), rules);
    }

    private ReactionBuilder<TCommand, TEvent, TState, TOn> Add<TSend>(
        IAggregateDefinition target, Func<TOn, TState, StreamId> stream, Func<TOn, TState, TSend> command, string? compensation, Func<DomainError, TEvent, TState, TCommand>? compensate, RuleId[] rules)
        where TSend : class
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(command);
        Preconditions.CheckArgument(target.CommandType.IsAssignableFrom(typeof(TSend)), nameof(command), $"{typeof(TSend).Name} is not a command of {target.Name}.");
        var reaction = new ProcessReaction(typeof(TOn).Name, condition, target.Name, typeof(TSend).Name, compensation, Array.AsReadOnly((RuleId[])rules.Clone()));
        add(new ProcessRow<TCommand, TEvent, TState>(
            reaction, typeof(TOn), (e, s) => when((TOn)e, s), target, (e, s) => stream((TOn)e, s), (e, s) => command((TOn)e, s), compensate));
        return this;
    }
}
