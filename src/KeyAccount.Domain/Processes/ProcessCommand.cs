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
    private readonly Func<DomainError, ProcessCommand?> compensate;

    internal ProcessCommand(string process, IAggregateDefinition target, StreamId stream, CommandId commandId, ActorId actor, object command, Func<DomainError, ProcessCommand?> compensate)
    {
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

    /// <summary>Returns the command sent back to the source when the target refuses this one, carrying the target's
    /// rule, or <see langword="null"/> when the row declares no compensation.</summary>
    /// <param name="refusal">The target's rejection.</param>
    /// <returns>The compensation, or null.</returns>
    public ProcessCommand? CompensationFor(DomainError refusal) => compensate(Preconditions.CheckNotNull(refusal));

    /// <inheritdoc />
    public override string ToString() => $"{Command.GetType().Name} → {Stream} ({CommandId})";
}
