using System.Collections.Generic;

namespace KeyAccount.Domain.Testing.Generators;

/// <summary>A valid history of an aggregate: the commands the decider accepted, the events they produced, the state.</summary>
/// <typeparam name="TCommand">The command type.</typeparam>
/// <typeparam name="TEvent">The event type.</typeparam>
/// <typeparam name="TState">The state type.</typeparam>
/// <param name="Commands">The accepted commands, in order.</param>
/// <param name="Events">Their events, in order.</param>
/// <param name="State">The state after the last event.</param>
public sealed record History<TCommand, TEvent, TState>(IReadOnlyList<TCommand> Commands, IReadOnlyList<TEvent> Events, TState State)
{
    /// <inheritdoc />
    public override string ToString() =>
        $"{Commands.Count} accepted command(s): {string.Join(" → ", System.Linq.Enumerable.Select(Commands, c => c?.GetType().Name))}";
}
