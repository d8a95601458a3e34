using System;
using System.Collections.Generic;
using OneOf;

namespace KeyAccount.Domain.Decisions;

/// <summary>
/// The outcome of <see cref="IDecider{TCommand, TEvent, TState}.Decide"/>: the events that record what happened,
/// or the <see cref="DomainError"/> that says which rule refused and why. Never both, never neither.
/// </summary>
/// <typeparam name="TEvent">The aggregate's event type.</typeparam>
public sealed class Decision<TEvent> : OneOfBase<IReadOnlyList<TEvent>, DomainError>
{
    private Decision(OneOf<IReadOnlyList<TEvent>, DomainError> value)
        : base(value)
    {
    }

    /// <summary>Gets whether the command was accepted.</summary>
    public bool IsAccepted => IsT0;

    /// <summary>Gets whether the command was rejected.</summary>
    public bool IsRejected => IsT1;

    /// <summary>Gets the events of an accepted command (possibly none, when the command changes nothing).</summary>
    /// <exception cref="InvalidOperationException">The command was rejected.</exception>
    public IReadOnlyList<TEvent> Events => IsT0 ? AsT0 : throw new InvalidOperationException($"The command was rejected: {AsT1}");

    /// <summary>Gets the rejection.</summary>
    /// <exception cref="InvalidOperationException">The command was accepted.</exception>
    public DomainError Error => IsT1 ? AsT1 : throw new InvalidOperationException("The command was accepted.");

    /// <summary>Accepts a command with the events it produces.</summary>
    /// <param name="events">The events, in order.</param>
    /// <returns>The decision.</returns>
    public static Decision<TEvent> Accept(params TEvent[] events)
    {
        ArgumentNullException.ThrowIfNull(events);
        return new Decision<TEvent>(OneOf<IReadOnlyList<TEvent>, DomainError>.FromT0(Array.AsReadOnly(events)));
    }

    /// <summary>Accepts a command with the events it produces.</summary>
    /// <param name="events">The events, in order.</param>
    /// <returns>The decision.</returns>
    public static Decision<TEvent> Accept(IReadOnlyList<TEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        return new Decision<TEvent>(OneOf<IReadOnlyList<TEvent>, DomainError>.FromT0(events));
    }

    /// <summary>Rejects a command.</summary>
    /// <param name="error">The rejection.</param>
    /// <returns>The decision.</returns>
    public static Decision<TEvent> Reject(DomainError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new Decision<TEvent>(OneOf<IReadOnlyList<TEvent>, DomainError>.FromT1(error));
    }

    /// <summary>Rejects a command.</summary>
    /// <param name="error">The rejection.</param>
    public static implicit operator Decision<TEvent>(DomainError error) => Reject(error);

    /// <inheritdoc />
    public override string ToString() => IsAccepted ? $"Accepted ({AsT0.Count} event(s))" : $"Rejected: {AsT1}";
}
