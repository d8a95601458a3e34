using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Testing.Scenarios;

namespace KeyAccount.Domain.Testing.Generators;

/// <summary>A valid history of an aggregate: the commands the decider accepted, the context each was decided in, the
/// events they produced, the state.</summary>
/// <typeparam name="TCommand">The command type.</typeparam>
/// <typeparam name="TEvent">The event type.</typeparam>
/// <typeparam name="TState">The state type.</typeparam>
/// <param name="Commands">The accepted commands, in order.</param>
/// <param name="Contexts">The context each accepted command was decided in, in the same order: its day, and the states
/// of the other aggregates the command relies on (GEN-11), so a command run again is decided as it was.</param>
/// <param name="Events">Their events, in order.</param>
/// <param name="State">The state after the last event.</param>
public sealed record History<TCommand, TEvent, TState>(
    IReadOnlyList<TCommand> Commands, IReadOnlyList<DecisionContext> Contexts, IReadOnlyList<TEvent> Events, TState State)
{
    /// <summary>Gets each accepted command with the context it was decided in, in order: what a test runs again.</summary>
    public IEnumerable<(TCommand Command, DecisionContext Context)> Steps => Commands.Zip(Contexts, (command, context) => (command, context));

    /// <summary>Returns the history as a failing property prints it: each command with its day and its data.</summary>
    /// <returns>One line for the count, then one per command, e.g.
    /// <c>3. 2025-09-26 Fri  ApproveCancellation {"specialist":"E0042",…}</c>.</returns>
    public override string ToString()
    {
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"{Commands.Count} accepted command(s)");
        if (Contexts.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $", {Contexts[0].Today:uuuu-MM-dd} to {Contexts[^1].Today:uuuu-MM-dd}");
        }

        text.Append(':');
        for (var i = 0; i < Commands.Count; i++)
        {
            var day = i < Contexts.Count ? Contexts[i].Today.ToString("uuuu-MM-dd ddd", CultureInfo.InvariantCulture) : "?";
            text.Append(Environment.NewLine).Append(CultureInfo.InvariantCulture, $"  {i + 1}. {day}  {ValueText.Render(Commands[i])}");
        }

        return text.ToString();
    }
}
