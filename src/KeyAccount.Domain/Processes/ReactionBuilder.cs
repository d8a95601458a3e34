using System;
using System.Collections.Generic;
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
        Add(Row.To(target, stream), command, null, rules);

    /// <summary>Sends a command to another aggregate's stream and, when the target refuses it, a compensation to the
    /// source's stream carrying the target's rejection.</summary>
    public ReactionBuilder<TCommand, TEvent, TState, TOn> Send<TSend, TCompensation>(
        IAggregateDefinition target, Func<TOn, TState, StreamId> stream, Func<TOn, TState, TSend> command, Func<DomainError, TOn, TState, TCompensation> compensate, params RuleId[] rules)
        where TSend : class
        where TCompensation : class, TCommand
    {
        ArgumentNullException.ThrowIfNull(compensate);
        var followUp = new FollowUp(typeof(TCompensation).Name, null, null, (refusal, e, s, _, attempt) => attempt == 1 ? new ProcessFollowUp(null, null, compensate(refusal, e, s)) : null);
        return Add(Row.To(target, stream), command, followUp, rules);
    }

    /// <summary>Sends a command to another aggregate's stream and, when the target refuses it for a reason the row
    /// names, the command's replacement to another stream of the same target (e.g. an entry for a closed day posted
    /// to the next day, REC-04), and so on while the replacement is refused; any other refusal is reported.</summary>
    /// <param name="target">The target aggregate.</param>
    /// <param name="stream">The stream the command goes to first.</param>
    /// <param name="command">The command.</param>
    /// <param name="when">The refusal redirected, in words, for the diagram.</param>
    /// <param name="redirect">The replacement and its stream for the n-th refusal (1 for the command's own), in the host's
    /// context; null when the refusal is reported. It must end, and must not depend on when it runs but through what
    /// the targets answer, so that a redelivery finds the stream that took the replacement (GEN-03).</param>
    /// <param name="rules">The rules the row carries out.</param>
    public ReactionBuilder<TCommand, TEvent, TState, TOn> SendOrRedirect<TSend>(
        IAggregateDefinition target, Func<TOn, TState, StreamId> stream, Func<TOn, TState, TSend> command, string when,
        Func<DomainError, TOn, TState, DecisionContext, int, (StreamId Stream, TSend Command)?> redirect, params RuleId[] rules)
        where TSend : class
    {
        ArgumentNullException.ThrowIfNull(redirect);
        var followUp = new FollowUp(typeof(TSend).Name, target.Name, Preconditions.CheckNotBlank(when), (refusal, e, s, context, attempt) =>
            redirect(refusal, e, s, context, attempt) is { } to ? new ProcessFollowUp(target, to.Stream, to.Command) : null);
        return Add(Row.To(target, stream), command, followUp, rules);
    }

    /// <summary>Sends a command to every stream of the target that relies on the source's stream, as the host's
    /// <see cref="IDependentStreams"/> lists them; a refusal is reported.</summary>
    public ReactionBuilder<TCommand, TEvent, TState, TOn> SendToDependents<TSend>(IAggregateDefinition target, Func<TOn, TState, TSend> command, params RuleId[] rules)
        where TSend : class =>
        Add(new Row(target, (_, _, dependents) => dependents(target), ToDependents: true), command, null, rules);

    /// <summary>Declares that the commands declared after it in this reaction are decided with the source's state after
    /// the event as evidence (GEN-11): supplied with <see cref="DecisionContext.WithSource{TState}"/> at the event's version.</summary>
    public ReactionBuilder<TCommand, TEvent, TState, TOn> WithSourceState()
    {
        suppliesSourceState = true;
        return this;
    }

    private bool suppliesSourceState;

    private ReactionBuilder<TCommand, TEvent, TState, TOn> Add<TSend>(Row row, Func<TOn, TState, TSend> command, FollowUp? followUp, RuleId[] rules)
        where TSend : class
    {
        ArgumentNullException.ThrowIfNull(row.Target);
        ArgumentNullException.ThrowIfNull(command);
        Preconditions.CheckArgument(row.Target.CommandType.IsAssignableFrom(typeof(TSend)), nameof(command), $"{typeof(TSend).Name} is not a command of {row.Target.Name}.");
        var reaction = new ProcessReaction(typeof(TOn).Name, condition, row.Target.Name, typeof(TSend).Name, followUp?.Name, Array.AsReadOnly((RuleId[])rules.Clone()))
        {
            CompensationTarget = followUp is null ? null : followUp.Target ?? SourceName,
            CompensationCondition = followUp?.When,
            ToDependents = row.ToDependents,
            SuppliesSourceState = suppliesSourceState,
        };
        var make = followUp?.Make;
        var supplies = suppliesSourceState;
        add(new ProcessRow<TCommand, TEvent, TState>(
            reaction,
            typeof(TOn),
            (e, s) => when((TOn)e, s),
            row.Target,
            (e, s, dependents) => row.Streams((TOn)e, s, dependents),
            (e, s) => command((TOn)e, s),
            make is null ? null : (refusal, e, s, context, attempt) => make(refusal, (TOn)e, s, context, attempt),
            supplies));
        return this;
    }

    /// <summary>Gets or sets the source aggregate's name, for the diagram of a compensation.</summary>
    internal string SourceName { get; init; } = string.Empty;

    private sealed record Row(IAggregateDefinition Target, Func<TOn, TState, Func<IAggregateDefinition, IReadOnlyList<StreamId>>, IReadOnlyList<StreamId>> Streams, bool ToDependents)
    {
        public static Row To(IAggregateDefinition target, Func<TOn, TState, StreamId> stream)
        {
            ArgumentNullException.ThrowIfNull(stream);
            return new Row(target, (e, s, _) => [stream(e, s)], ToDependents: false);
        }
    }

    private sealed record FollowUp(string Name, string? Target, string? When, Func<DomainError, TOn, TState, DecisionContext, int, ProcessFollowUp?> Make);
}
