using System.Collections.Generic;
using KeyAccount.Domain.Decisions;
using OneOf;

namespace KeyAccount.Domain.EventSourcing;

/// <summary>
/// What <see cref="CommandHandler{TCommand, TEvent, TState}"/> did with a command: committed its events (or found
/// it already committed), rejected it by a rule, or lost a race to a concurrent writer.
/// </summary>
/// <typeparam name="TEvent">The event type.</typeparam>
/// <typeparam name="TState">The state type.</typeparam>
public sealed class CommandOutcome<TEvent, TState> : OneOfBase<Committed<TEvent, TState>, DomainError, ConcurrencyConflict>
{
    private CommandOutcome(OneOf<Committed<TEvent, TState>, DomainError, ConcurrencyConflict> value)
        : base(value)
    {
    }

    /// <summary>Gets whether the command's events are in the stream (now or from an earlier attempt).</summary>
    public bool IsCommitted => IsT0;

    /// <summary>Gets whether a rule rejected the command.</summary>
    public bool IsRejected => IsT1;

    /// <summary>Gets whether a concurrent writer won.</summary>
    public bool IsConflict => IsT2;

    internal static CommandOutcome<TEvent, TState> Commit(Committed<TEvent, TState> committed) => new(committed);

    internal static CommandOutcome<TEvent, TState> Reject(DomainError error) => new(OneOf<Committed<TEvent, TState>, DomainError, ConcurrencyConflict>.FromT1(error));

    internal static CommandOutcome<TEvent, TState> Conflict(ConcurrencyConflict conflict) => new(conflict);
}
