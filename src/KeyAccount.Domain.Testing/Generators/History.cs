using System.Collections.Generic;
using System.Linq;
using KeyAccount.Domain.Decisions;

namespace KeyAccount.Domain.Testing.Generators;

/// <summary>A valid history of an aggregate: the commands the decider accepted, the context each was decided in, the
/// events they produced, the state.</summary>
/// <typeparam name="TCommand">The command type.</typeparam>
/// <typeparam name="TEvent">The event type.</typeparam>
/// <typeparam name="TState">The state type.</typeparam>
/// <param name="Commands">The accepted commands, in order.</param>
/// <param name="Contexts">The context each accepted command was decided in, in the same order: it carries the states of
/// the other aggregates the command relies on (GEN-11), so a command run again is decided as it was.</param>
/// <param name="Events">Their events, in order.</param>
/// <param name="State">The state after the last event.</param>
public sealed record History<TCommand, TEvent, TState>(
    IReadOnlyList<TCommand> Commands, IReadOnlyList<DecisionContext> Contexts, IReadOnlyList<TEvent> Events, TState State)
{
    /// <summary>Gets each accepted command with the context it was decided in, in order: what a test runs again.</summary>
    public IEnumerable<(TCommand Command, DecisionContext Context)> Steps => Commands.Zip(Contexts, (command, context) => (command, context));

    /// <inheritdoc />
    public override string ToString() =>
        $"{Commands.Count} accepted command(s): {string.Join(" → ", Commands.Select(c => c?.GetType().Name))}";
}
