using System;
using System.Linq;
using System.Text;

namespace KeyAccount.Domain.StateMachines;

/// <summary>
/// Renders a lifecycle table as a diagram (GEN-05). The output is deterministic (rows in declaration order, LF line
/// ends) so that the diagrams in <c>docs/</c> can be compared with the code byte for byte.
/// </summary>
internal static class LifecycleDiagram
{
    /// <summary>Renders a Mermaid <c>stateDiagram-v2</c>.</summary>
    /// <typeparam name="TState">The state enumeration.</typeparam>
    /// <typeparam name="TTrigger">The trigger enumeration.</typeparam>
    /// <param name="lifecycle">The lifecycle.</param>
    /// <returns>The diagram text.</returns>
    public static string ToMermaid<TState, TTrigger>(Lifecycle<TState, TTrigger> lifecycle)
        where TState : struct, Enum
        where TTrigger : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(lifecycle);
        var text = new StringBuilder();
        text.Append("---\ntitle: ").Append(lifecycle.Name).Append("\n---\nstateDiagram-v2\n");
        text.Append("    [*] --> ").Append(lifecycle.Initial).Append('\n');
        foreach (var row in lifecycle.Transitions)
        {
            text.Append("    ").Append(row.From).Append(" --> ").Append(row.To).Append(" : ").Append(Label(row)).Append('\n');
        }

        foreach (var state in LifecycleAnalysis.TerminalStates(lifecycle))
        {
            text.Append("    ").Append(state).Append(" --> [*]\n");
        }

        return text.ToString();
    }

    /// <summary>Renders a Graphviz DOT digraph.</summary>
    /// <typeparam name="TState">The state enumeration.</typeparam>
    /// <typeparam name="TTrigger">The trigger enumeration.</typeparam>
    /// <param name="lifecycle">The lifecycle.</param>
    /// <returns>The diagram text.</returns>
    public static string ToDot<TState, TTrigger>(Lifecycle<TState, TTrigger> lifecycle)
        where TState : struct, Enum
        where TTrigger : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(lifecycle);
        var text = new StringBuilder();
        text.Append("digraph \"").Append(lifecycle.Name).Append("\" {\n    rankdir=LR;\n    node [shape=box, style=rounded];\n");
        text.Append("    \"__start\" [shape=point];\n    \"__start\" -> \"").Append(lifecycle.Initial).Append("\";\n");
        foreach (var state in LifecycleAnalysis.TerminalStates(lifecycle))
        {
            text.Append("    \"").Append(state).Append("\" [peripheries=2];\n");
        }

        foreach (var row in lifecycle.Transitions)
        {
            text.Append("    \"").Append(row.From).Append("\" -> \"").Append(row.To).Append("\" [label=\"").Append(Label(row)).Append("\"];\n");
        }

        text.Append("}\n");
        return text.ToString();
    }

    private static string Label<TState, TTrigger>(Transition<TState, TTrigger> row)
        where TState : struct, Enum
        where TTrigger : struct, Enum =>
        row.Guards.Count == 0 ? row.Trigger.ToString() : $"{row.Trigger} [{string.Join(", ", row.Guards.Select(g => g.Value))}]";
}
