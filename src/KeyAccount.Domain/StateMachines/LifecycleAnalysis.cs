using System;
using System.Collections.Generic;
using System.Linq;

namespace KeyAccount.Domain.StateMachines;

/// <summary>Questions about a lifecycle table that test suites ask: which states are reachable, which are terminal.</summary>
internal static class LifecycleAnalysis
{
    /// <summary>Returns the states reachable from the initial state, in enumeration order.</summary>
    /// <typeparam name="TState">The state enumeration.</typeparam>
    /// <typeparam name="TTrigger">The trigger enumeration.</typeparam>
    /// <param name="lifecycle">The lifecycle.</param>
    /// <returns>The reachable states, the initial one included.</returns>
    public static IReadOnlyList<TState> ReachableStates<TState, TTrigger>(Lifecycle<TState, TTrigger> lifecycle)
        where TState : struct, Enum
        where TTrigger : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(lifecycle);
        var seen = new HashSet<TState> { lifecycle.Initial };
        var queue = new Queue<TState>(seen);
        while (queue.TryDequeue(out var state))
        {
            foreach (var row in lifecycle.Transitions.Where(r => EqualityComparer<TState>.Default.Equals(r.From, state)))
            {
                if (seen.Add(row.To))
                {
                    queue.Enqueue(row.To);
                }
            }
        }

        return lifecycle.States.Where(seen.Contains).ToList();
    }

    /// <summary>Returns the states no row of the table can reach from the initial state.</summary>
    /// <typeparam name="TState">The state enumeration.</typeparam>
    /// <typeparam name="TTrigger">The trigger enumeration.</typeparam>
    /// <param name="lifecycle">The lifecycle.</param>
    /// <returns>The unreachable states.</returns>
    public static IReadOnlyList<TState> UnreachableStates<TState, TTrigger>(Lifecycle<TState, TTrigger> lifecycle)
        where TState : struct, Enum
        where TTrigger : struct, Enum
    {
        var reachable = ReachableStates(lifecycle);
        return lifecycle.States.Where(s => !reachable.Contains(s)).ToList();
    }

    /// <summary>Returns the states with no outgoing row, in enumeration order.</summary>
    /// <typeparam name="TState">The state enumeration.</typeparam>
    /// <typeparam name="TTrigger">The trigger enumeration.</typeparam>
    /// <param name="lifecycle">The lifecycle.</param>
    /// <returns>The terminal states.</returns>
    public static IReadOnlyList<TState> TerminalStates<TState, TTrigger>(Lifecycle<TState, TTrigger> lifecycle)
        where TState : struct, Enum
        where TTrigger : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(lifecycle);
        return lifecycle.States.Where(s => lifecycle.TriggersFrom(s).Count == 0).ToList();
    }

    /// <summary>Walks a sequence of triggers from the initial state, skipping those the table refuses.</summary>
    /// <typeparam name="TState">The state enumeration.</typeparam>
    /// <typeparam name="TTrigger">The trigger enumeration.</typeparam>
    /// <param name="lifecycle">The lifecycle.</param>
    /// <param name="triggers">The triggers.</param>
    /// <returns>The states visited, the initial one first.</returns>
    public static IReadOnlyList<TState> Walk<TState, TTrigger>(Lifecycle<TState, TTrigger> lifecycle, IEnumerable<TTrigger> triggers)
        where TState : struct, Enum
        where TTrigger : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(lifecycle);
        ArgumentNullException.ThrowIfNull(triggers);
        var path = new List<TState> { lifecycle.Initial };
        foreach (var trigger in triggers)
        {
            if (lifecycle.Find(path[^1], trigger) is { } row)
            {
                path.Add(row.To);
            }
        }

        return path;
    }
}
