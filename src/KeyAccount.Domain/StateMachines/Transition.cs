using System;
using System.Collections.Generic;
using KeyAccount.Domain.Decisions;

namespace KeyAccount.Domain.StateMachines;

/// <summary>One row of a lifecycle table: from a state, on a trigger, to a state, guarded by rules.</summary>
/// <typeparam name="TState">The state enumeration.</typeparam>
/// <typeparam name="TTrigger">The trigger enumeration.</typeparam>
/// <param name="From">The state the row leaves.</param>
/// <param name="Trigger">The trigger that fires it.</param>
/// <param name="To">The state it enters.</param>
/// <param name="Guards">The rules the decider checks before it allows the move (e.g. the stage gate ACC-04).</param>
internal sealed record Transition<TState, TTrigger>(TState From, TTrigger Trigger, TState To, IReadOnlyList<RuleId> Guards)
    where TState : struct, Enum
    where TTrigger : struct, Enum;
