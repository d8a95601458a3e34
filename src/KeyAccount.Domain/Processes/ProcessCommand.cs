using System;
using KeyAccount.Domain.Aggregates;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Identifiers;

namespace KeyAccount.Domain.Processes;

/// <summary>
/// A command a process asks for (GEN-12): the aggregate and stream it goes to, the command, and its ID, derived from
/// the source event so that a redelivered event asks for the same command ID and takes effect once (GEN-03).
/// </summary>
public sealed class ProcessCommand
{
    private readonly Func<DomainError, DecisionContext, ProcessCommand?> compensate;
    private readonly Func<DecisionContext, DecisionContext> contextFor;

    internal ProcessCommand(
        string process, IAggregateDefinition target, StreamId stream, CommandId commandId, ActorId actor, object command,
        Func<DomainError, DecisionContext, ProcessCommand?> compensate, Func<DecisionContext, DecisionContext> contextFor)
    {
        this.contextFor = contextFor;
        Process = process;
        Target = target;
        Stream = stream;
        CommandId = commandId;
        Actor = actor;
        Command = command;
        this.compensate = compensate;
    }

    /// <summary>Gets the name of the process that asks for the command.</summary>
    public string Process { get; }

    /// <summary>Gets the aggregate the command goes to.</summary>
    public IAggregateDefinition Target { get; }

    /// <summary>Gets the stream the command goes to.</summary>
    public StreamId Stream { get; }

    /// <summary>Gets the command's ID, derived from the source event and the row.</summary>
    public CommandId CommandId { get; }

    /// <summary>Gets who issues it: the actor of the source event.</summary>
    public ActorId Actor { get; }

    /// <summary>Gets the command, an instance of the target's command type.</summary>
    public object Command { get; }

    /// <summary>Returns the command sent when the target refuses this one — a compensation back to the source carrying
    /// the target's rule, or this command redirected to another stream of the target — or <see langword="null"/> when
    /// the row declares none for that refusal.</summary>
    /// <param name="refusal">The target's rejection.</param>
    /// <param name="context">The host's context, e.g. for the business date a redirected entry is posted on.</param>
    /// <returns>The compensation, or null.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ProcessCommand? CompensationFor(DomainError refusal, DecisionContext context) =>
        compensate(Preconditions.CheckNotNull(refusal), Preconditions.CheckNotNull(context));

    /// <summary>Returns the context the target decides the command in: the host's, with the source's state after the
    /// event as evidence (GEN-11) when the row declares it.</summary>
    /// <param name="context">The host's context.</param>
    /// <returns>The context for the target's decision.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is null.</exception>
    public DecisionContext ContextFor(DecisionContext context) => contextFor(Preconditions.CheckNotNull(context));

    /// <inheritdoc />
    public override string ToString() => $"{Command.GetType().Name} → {Stream} ({CommandId})";
}
